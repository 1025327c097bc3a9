package dev.stacklint.data;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled form of a data table: the tree SnakeYAML reads from its YAML (mappings in order, lists, strings,
 * integers, floats, booleans, nulls), written by {@link TableCompiler} at build time and read back on first use.
 * Reading it costs a one-file run ~1 ms where parsing the YAML with still-cold code costs ~30 ms.
 */
final class TableCodec {
    private static final int MAGIC = 0x534C5431; // "SLT1"
    private static final byte MAP = 'M';
    private static final byte LIST = 'L';
    private static final byte STRING = 'S';
    private static final byte INT = 'I';
    private static final byte LONG = 'J';
    private static final byte DOUBLE = 'D';
    private static final byte TRUE = 'T';
    private static final byte FALSE = 'F';
    private static final byte NULL = 'N';

    private TableCodec() {
    }

    /** @throws IllegalArgumentException for a value of another type (a table never holds one) */
    static void write(DataOutputStream out, Object tree) throws IOException {
        out.writeInt(MAGIC);
        writeValue(out, tree);
    }

    static Object read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a compiled data table");
        }
        return readValue(in);
    }

    private static void writeValue(DataOutputStream out, Object v) throws IOException {
        switch (v) {
            case null -> out.writeByte(NULL);
            case Map<?, ?> m -> {
                out.writeByte(MAP);
                out.writeInt(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    writeValue(out, e.getKey());
                    writeValue(out, e.getValue());
                }
            }
            case List<?> l -> {
                out.writeByte(LIST);
                out.writeInt(l.size());
                for (Object e : l) {
                    writeValue(out, e);
                }
            }
            case String s -> {
                out.writeByte(STRING);
                out.writeUTF(s);
            }
            case Integer i -> {
                out.writeByte(INT);
                out.writeInt(i);
            }
            case Long l -> {
                out.writeByte(LONG);
                out.writeLong(l);
            }
            case Double d -> {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            }
            case Boolean b -> out.writeByte(b ? TRUE : FALSE);
            default -> throw new IllegalArgumentException("a data table cannot hold " + v.getClass().getName() + ": " + v);
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case MAP -> {
                int n = in.readInt();
                Map<Object, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    m.put(readValue(in), readValue(in));
                }
                yield Collections.unmodifiableMap(m);
            }
            case LIST -> {
                int n = in.readInt();
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(readValue(in));
                }
                yield Collections.unmodifiableList(l);
            }
            case STRING -> in.readUTF();
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case TRUE -> true;
            case FALSE -> false;
            default -> throw new IOException("corrupt compiled data table: tag " + tag);
        };
    }
}
