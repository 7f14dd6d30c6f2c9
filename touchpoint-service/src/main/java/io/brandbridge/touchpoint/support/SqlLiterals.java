package io.brandbridge.touchpoint.support;

import java.nio.charset.StandardCharsets;

/**
 * Client texts written into a hand-built statement as hexadecimal literals ({@code X'c3a9'}): nothing
 * needs escaping, so no text can change the statement, and MySQL, MariaDB and H2 all read the bytes
 * as UTF-8 when the column is a character column.
 */
public final class SqlLiterals {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SqlLiterals() {
    }

    public static void appendText(StringBuilder sql, String value) {
        if (value == null) {
            sql.append("NULL");
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sql.append("X'");
        for (byte b : bytes) {
            sql.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        sql.append('\'');
    }
}
