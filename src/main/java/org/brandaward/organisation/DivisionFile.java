package org.brandaward.organisation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The divisions as shipped: {@value #RESOURCE} on the classpath, a CSV with its source and date in the {@code #}
 * comment lines above the header {@code code,name,level,parent}. The migration V22_1 loads it into the table
 * {@code division}; the application reads that table (see {@link Divisions}).
 */
public final class DivisionFile {

    public static final String RESOURCE = "/divisions/gb-t-2260.csv";

    private DivisionFile() {
    }

    public static List<Division> read() {
        try (InputStream in = DivisionFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Division> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Division> divisions = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            String parent = row.get("parent");
            divisions.add(new Division(row.get("code"), row.get("name"), Division.Level.valueOf(row.get("level")),
                    parent.isEmpty() ? null : parent));
        }
        return divisions;
    }
}
