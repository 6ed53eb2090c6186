package org.qualityguard.sampling.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;

/**
 * Reads a laboratory's results as it types or pastes them from its report, one item a line: standard, item, value,
 * unit — separated by tabs (a spreadsheet's copy) or commas (半角 or 全角). A value of ND, 未检出 or 不得检出 is not
 * detected. Every line that cannot be read is named (row = line), and none is read then.
 */
public final class MeasurementLines {

    private MeasurementLines() {
    }

    public static List<Verdicts.Measurement> parse(String text) {
        List<Verdicts.Measurement> out = new ArrayList<>();
        List<FieldViolation> faults = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int row = i + 1;
            String[] cells = line.split(line.contains("\t") ? "\t" : "[,，]");
            if (cells.length != 4) {
                faults.add(new FieldViolation(row, "results", SamplingError.RESULT_LINE.violation(line)));
                continue;
            }
            String standard = cells[0].strip();
            String item = cells[1].strip();
            String value = cells[2].strip();
            String unit = cells[3].strip();
            if (standard.isEmpty() || item.isEmpty()) {
                faults.add(new FieldViolation(row, "results", SamplingError.RESULT_LINE.violation(line)));
                continue;
            }
            BigDecimal measured;
            if (value.equalsIgnoreCase("ND") || value.equals("未检出") || value.equals("不得检出")) {
                measured = null;
            } else {
                try {
                    measured = new BigDecimal(value);
                } catch (NumberFormatException e) {
                    faults.add(new FieldViolation(row, "results", SamplingError.NOT_A_NUMBER.violation(value)));
                    continue;
                }
            }
            out.add(new Verdicts.Measurement(standard, item, measured, unit.isEmpty() ? null : unit));
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        return out;
    }
}
