module github.com/olliefr/docker-gs-ping-roach

go 1.16

require (
	github.com/cenkalti/backoff/v4 v4.1.0
	github.com/cockroachdb/cockroach-go/v2 v2.1.1
	github.com/labstack/echo/v4 v4.3.0
	golang.org/x/crypto v0.0.0-20210506145944-38f3c27a63bf // indirect
	golang.org/x/net v0.0.0-20210508051633-16afe75a6701 // indirect
	golang.org/x/sys v0.0.0-20210507161434-a76c4d0a0096 // indirect
)
