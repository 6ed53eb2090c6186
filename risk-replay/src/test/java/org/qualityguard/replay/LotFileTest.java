package org.qualityguard.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.Outcome;

class LotFileTest {

    private static final String HEADER =
            "lot_id,declared_at,bureau,direction,hs_code,origin,consignee,manufacturer,quantity,value_cny,outcome,hazard\n";
    private static final String GOOD = "L1,2025-01-06,CIQ-NJ,IMPORT,0802110000,US,C1,M1,100,5000,PASS,\n";

    private static List<LabelledLot> read(String text) throws Exception {
        return LotFile.read(new StringReader(text), "lots.csv");
    }

    @Test
    void shouldReadAWellFormedFileIncludingAQuotedNameWithAComma() throws Exception {
        List<LabelledLot> lots = read(HEADER + GOOD
                + "L2,2025-01-07,CIQ-SZ,EXPORT,080211,CN,C2,\"Nuts, Inc.\",1.5,20.25,FAIL,PESTICIDE_RESIDUE\n");
        assertThat(lots).hasSize(2);
        assertThat(lots.get(1).lot().manufacturer()).isEqualTo("Nuts, Inc.");
        assertThat(lots.get(1).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(lots.get(1).hazard()).isEqualTo(Hazard.PESTICIDE_RESIDUE);
    }

    @Test
    void shouldRefuseTheFileAndNameEveryMalformedRowByItsLineNumber() {
        String text = HEADER + GOOD
                + "L2,2025-13-01,CIQ-NJ,IMPORT,0802110000,US,C1,M1,100,5000,PASS,\n"          // line 3
                + "L3,2025-01-06,CIQ-NJ,IMPORT,08021,US,C1,M1,100,5000,PASS,\n"               // line 4
                + "L4,2025-01-06,CIQ-NJ,IMPORT,0802110000,USA,C1,M1,100,5000,PASS,\n"         // line 5
                + "L5,2025-01-06,CIQ-NJ,IMPORT,0802110000,US,C1,M1,100,5000,FAIL,\n"          // line 6
                + "L6,2025-01-06,CIQ-NJ,IMPORT,0802110000,US,C1,M1,100,5000,PASS,LABELLING\n" // line 7
                + "L7,2025-01-06,CIQ-NJ,SIDEWAYS,0802110000,US,C1,M1,100,5000,PASS,\n"        // line 8
                + "L1,2025-01-06,CIQ-NJ,IMPORT,0802110000,US,C1,M1,100,5000,PASS,\n"          // line 9
                + "L8,2025-01-06,CIQ-NJ,IMPORT,0802110000,US,C1,M1,-3,5000,PASS,\n"           // line 10
                + "L9,2025-01-06,CIQ-NJ,IMPORT,0802110000,US,C1\n";                          // line 11
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 3: declared_at must be yyyy-MM-dd: '2025-13-01'",
                        "line 4: hs_code must be 6 to 10 digits: '08021'",
                        "line 5: origin must be an ISO 3166 alpha-2 code: 'USA'",
                        "line 6: hazard is empty",
                        "line 7: hazard must be empty when outcome is PASS: 'LABELLING'",
                        "line 8: direction must be one of IMPORT|EXPORT: 'SIDEWAYS'",
                        "line 9: duplicate lot_id L1",
                        "line 10: quantity must be a non-negative number: '-3'",
                        "line 11: expected 12 fields, found 7"))
                .hasMessageContaining("9 malformed row(s); the replay refuses rather than guess");
    }

    @Test
    void shouldRefuseAFileWhoseHeaderIsNotTheAgreedOne() {
        assertThatThrownBy(() -> read("id,date\n" + GOOD))
                .isInstanceOf(MalformedFileException.class).hasMessageContaining("line 1: header must be");
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        assertThatThrownBy(() -> read(HEADER)).isInstanceOf(MalformedFileException.class).hasMessageContaining("no lots");
    }
}
