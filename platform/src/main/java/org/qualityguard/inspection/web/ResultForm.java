package org.qualityguard.inspection.web;

import java.util.ArrayList;
import java.util.List;
import org.qualityguard.inspection.domain.Measurement;
import org.qualityguard.inspection.domain.ResultDeclaration;

/** The console's result form: outcome, hazard class, date and a fixed number of measurement rows. */
public class ResultForm {

    /** Rows offered on the form; empty rows are ignored by the result rules. */
    static final int ROWS = 3;

    private String outcome = "";
    private String hazard = "";
    private String inspectedOn = "";
    private List<Row> measurements = new ArrayList<>();

    public ResultForm() {
        for (int i = 0; i < ROWS; i++) {
            measurements.add(new Row());
        }
    }

    ResultDeclaration declaration(String lotId) {
        return new ResultDeclaration(lotId, outcome, hazard, inspectedOn,
                measurements.stream().map(Row::measurement).toList());
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getHazard() {
        return hazard;
    }

    public void setHazard(String hazard) {
        this.hazard = hazard;
    }

    public String getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(String inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public List<Row> getMeasurements() {
        return measurements;
    }

    public void setMeasurements(List<Row> measurements) {
        this.measurements = measurements;
    }

    /** One measurement row of the form. */
    public static class Row {
        private String item = "";
        private String value = "";
        private String unit = "";
        private String limit = "";
        private String standard = "";

        Measurement measurement() {
            return new Measurement(item, value, unit, limit, standard);
        }

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getLimit() {
            return limit;
        }

        public void setLimit(String limit) {
            this.limit = limit;
        }

        public String getStandard() {
            return standard;
        }

        public void setStandard(String standard) {
            this.standard = standard;
        }
    }
}
