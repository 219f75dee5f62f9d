package org.sealane.csv;

/**
 * Splits one CSV line into fields (RFC 4180 quoting: {@code "a, b"} and {@code ""} inside quotes),
 * reusing its arrays from line to line; hand-written because it runs once per input row, millions
 * of times a second, where a general CSV reader's per-line set-up would dominate. Not thread-safe.
 */
final class CsvFields {

    private String[] fields = new String[32];
    private int count;

    /**
     * Splits the line.
     *
     * @return false if a quoted field is not closed
     */
    boolean split(String line) {
        count = 0;
        int length = line.length();
        int i = 0;
        while (true) {
            if (i < length && line.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= length) {
                        return false;
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < length && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                add(field.toString());
                if (i < length && line.charAt(i) != ',') {
                    return false;
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? length : comma;
                add(line.substring(i, end));
                i = end;
            }
            if (i >= length) {
                return true;
            }
            i++; // the comma
            if (i == length) {
                add("");
                return true;
            }
        }
    }

    int count() {
        return count;
    }

    String get(int index) {
        return fields[index];
    }

    private void add(String field) {
        if (count == fields.length) {
            String[] grown = new String[count * 2];
            System.arraycopy(fields, 0, grown, 0, count);
            fields = grown;
        }
        fields[count++] = field;
    }
}
