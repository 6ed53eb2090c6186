package org.qualityguard.risk;

import java.util.List;

/** What recording one result changed: warning levels and, at most, one stream switch. */
public record ResultRecorded(List<WarningChanged> warningsChanged, StreamSwitched streamSwitched) {

    static final ResultRecorded NOTHING = new ResultRecorded(List.of(), null);

    public ResultRecorded {
        warningsChanged = List.copyOf(warningsChanged);
    }
}
