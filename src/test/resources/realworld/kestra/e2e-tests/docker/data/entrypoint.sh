/app/kestra server standalone --worker-thread=128 --flow-path=/app/flows
