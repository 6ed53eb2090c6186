package org.qualityguard.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.qualityguard.enforcement.domain.DecisionDraft;

/**
 * The console's decision form: facts one a line as "fact | 12, 13" (the evidence numbers it cites), statements one a
 * line as "statement | 是 or 否 | why", the collective decision's three fields left empty when there is none. A
 * number that does not read as one is passed on as an id no file holds, so that the rules refuse it by its fact.
 */
record DecisionForm(String facts, String legalBasis, String circumstance, BigDecimal fine, BigDecimal goodsValue,
                    String reasoning, String statements, LocalDate collectiveOn, String collectiveParticipants,
                    String collectiveConclusion) {

    DecisionDraft draft() {
        List<DecisionDraft.Fact> found = new ArrayList<>();
        for (String line : lines(facts)) {
            String[] parts = line.split("[|｜]", 2);
            List<Long> cited = new ArrayList<>();
            if (parts.length > 1) {
                for (String n : parts[1].split("[,，、\\s]+")) {
                    if (!n.isBlank()) {
                        cited.add(n.strip().matches("\\d{1,18}") ? Long.parseLong(n.strip()) : -1L);
                    }
                }
            }
            found.add(new DecisionDraft.Fact(parts[0].strip(), cited));
        }
        List<DecisionDraft.Statement> said = new ArrayList<>();
        for (String line : lines(statements)) {
            String[] parts = line.split("[|｜]", 3);
            Boolean accepted = parts.length > 1 ? answer(parts[1].strip()) : null;
            said.add(new DecisionDraft.Statement(parts[0].strip(), accepted, parts.length > 2 ? parts[2].strip()
                    : null));
        }
        boolean collective = collectiveOn != null || !blank(collectiveParticipants) || !blank(collectiveConclusion);
        return new DecisionDraft(found, legalBasis, circumstance, fine, goodsValue, reasoning, said,
                collective ? new DecisionDraft.CollectiveDecision(collectiveOn, collectiveParticipants,
                        collectiveConclusion) : null);
    }

    private static Boolean answer(String s) {
        if (s.equals("是") || s.equalsIgnoreCase("yes") || s.equals("采纳")) {
            return true;
        }
        return s.equals("否") || s.equalsIgnoreCase("no") || s.equals("不采纳") ? false : null;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
