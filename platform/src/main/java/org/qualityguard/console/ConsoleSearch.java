package org.qualityguard.console;

import java.util.List;

import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.enterprise.EnterpriseRegistry;
import org.qualityguard.equipment.EquipmentRegister;
import org.qualityguard.equipment.EquipmentUnit;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.DecidedLot;
import org.qualityguard.inspection.LotDecisions;
import org.springframework.stereotype.Service;

/**
 * The console's one search box: a credit code (or its start), a part of an enterprise's name, a lot id or an
 * equipment registration code. Each kind is asked of its own module's public face, which applies that module's
 * role and division rules, so a reader finds only what the pages of that kind would show them.
 */
@Service
class ConsoleSearch {

    /** Longest text the box takes: a name or code is far shorter, and a longer one is no search. */
    static final int MAX_QUERY = 100;
    /** Hits shown per kind: a search box is for finding one thing, the lists are for browsing. */
    static final int PER_KIND = 10;

    private final EnterpriseRegistry enterprises;
    private final LotDecisions lots;
    private final EquipmentRegister equipment;

    ConsoleSearch(EnterpriseRegistry enterprises, LotDecisions lots, EquipmentRegister equipment) {
        this.enterprises = enterprises;
        this.lots = lots;
        this.equipment = equipment;
    }

    record Hits(List<EnterpriseCard> enterprises, List<DecidedLot> lots, List<EquipmentUnit> units) {

        public boolean none() {
            return enterprises.isEmpty() && lots.isEmpty() && units.isEmpty();
        }
    }

    Hits search(StaffUser reader, String text) {
        String q = text.strip();
        return new Hits(enterprises.search(reader, q, PER_KIND),
                lots.find(reader, q).stream().toList(),
                equipment.find(reader, q).stream().toList());
    }
}
