package org.sealane.csv;

import java.util.Arrays;

/**
 * Splits one CSV line into fields (RFC 4180 quoting: {@code "a, b"} and {@code ""} inside quotes)
 * by recording where each field starts and ends, so numbers can be parsed straight from the line
 * without a substring per field; hand-written because it runs once per input row, millions of times
 * a second, where a general CSV reader's per-line set-up would dominate. Not thread-safe; reused
 * from line to line.
 */
final class CsvFields {

    private String line = "";
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] unquoted = new String[32];
    private int count;

    /**
     * Splits the line.
     *
     * @return false if a quoted field is not closed
     */
    boolean split(String text) {
        line = text;
        count = 0;
        int length = text.length();
        int i = 0;
        while (true) {
            if (i < length && text.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                int start = i;
                i++;
                while (true) {
                    if (i >= length) {
                        return false;
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < length && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                add(start, i, field.toString());
                if (i < length && text.charAt(i) != ',') {
                    return false;
                }
            } else {
                int comma = text.indexOf(',', i);
                int end = comma < 0 ? length : comma;
                add(i, end, null);
                i = end;
            }
            if (i >= length) {
                return true;
            }
            i++; // the comma
            if (i == length) {
                add(i, i, null);
                return true;
            }
        }
    }

    int count() {
        return count;
    }

    /** The field's text (a new string; for messages and rare columns). */
    String get(int index) {
        String quoted = unquoted[index];
        return quoted != null ? quoted : line.substring(starts[index], ends[index]);
    }

    /** Whether the field, without surrounding blanks, is {@code text}; allocates nothing. */
    boolean equalsText(int index, String text) {
        String quoted = unquoted[index];
        if (quoted != null) {
            return quoted.trim().equals(text);
        }
        int from = starts[index];
        int to = ends[index];
        while (from < to && line.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && line.charAt(to - 1) <= ' ') {
            to--;
        }
        return to - from == text.length() && line.regionMatches(from, text, 0, text.length());
    }

    boolean isEmpty(int index) {
        return starts[index] == ends[index];
    }

    /** The line the fields are in; an unquoted field is {@code line()[start(i), end(i))}. */
    String line() {
        return line;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    boolean isQuoted(int index) {
        return unquoted[index] != null;
    }

    private void add(int start, int end, String quotedText) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            unquoted = Arrays.copyOf(unquoted, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        unquoted[count] = quotedText;
        count++;
    }
}
