package org.qualityguard.shared.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Bulk writes with PostgreSQL's COPY, on the connection of the caller's transaction: one round trip per chunk
 * instead of one statement per row, which is what makes a 100,000-row import and its audit entries fast.
 */
public final class CsvCopy {

    private CsvCopy() {
    }

    /** Runs {@code COPY <target> FROM STDIN (FORMAT csv)} with the rows, each an array of column values. */
    public static void copyIn(DataSource dataSource, String target, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            StringWriter csv = new StringWriter(rows.size() * 200);
            try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
                for (Object[] row : rows) {
                    printer.printRecord(row);
                }
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + target + " FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Bulk write to " + target + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
