package org.qualityguard.inspection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qualityguard.inspection.Countries;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.LotCount;
import org.qualityguard.risk.ScoreFactor;
import org.qualityguard.risk.WarningLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words what the engine and the selection audit say — a message key and typed values — in the reader's language.
 * A {@link Cell} reads as its codes (the origin by its country's name), its kind being the line's label; a list of
 * cells, which may mix kinds, reads as their full names; a {@link LotCount} as whole lots, "about" when the decayed
 * count is not whole; a {@link CellKind} or {@link WarningLevel} by its label.
 */
@Component
class EngineTexts {

    private final MessageSource messages;
    private final Countries countries;

    EngineTexts(MessageSource messages, Countries countries) {
        this.messages = messages;
        this.countries = countries;
    }

    String text(String key, List<Object> arguments, Locale locale) {
        Object[] worded = arguments.stream().map(a -> word(a, locale)).toArray();
        return messages.getMessage(key, worded, locale);
    }

    /** The scorecard's lines in the reader's language, in the engine's order (base first, then largest first). */
    List<Scorecard.Line> lines(List<ScoreFactor> factors, Locale locale) {
        List<Scorecard.Line> lines = new ArrayList<>(factors.size());
        for (ScoreFactor f : factors) {
            lines.add(new Scorecard.Line(f.factor(), messages.getMessage("risk.factor." + f.factor(), null, locale),
                    f.messageKey(), f.arguments(), text(f.messageKey(), f.arguments(), locale), f.points()));
        }
        return lines;
    }

    Scorecard scorecard(List<ScoreFactor> factors, Locale locale) {
        return Scorecard.fold(lines(factors, locale));
    }

    /** E.g. "原产国×品目 0802 × 美国": the kind, then the parts the kind uses. */
    String cellName(Cell c, Locale locale) {
        return messages.getMessage("inspection.cell." + c.kind().name(), null, locale) + " " + codes(c, locale);
    }

    private String codes(Cell c, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (c.hsPrefix() != null) {
            parts.add(c.hsPrefix());
        }
        if (c.origin() != null) {
            parts.add(countries.nameOf(c.origin(), locale));
        }
        if (c.consignee() != null) {
            parts.add(c.consignee());
        }
        if (c.manufacturer() != null) {
            parts.add(c.manufacturer());
        }
        return String.join(" × ", parts);
    }

    private Object word(Object a, Locale locale) {
        if (a instanceof Cell c) {
            return codes(c, locale);
        }
        if (a instanceof List<?> cells) {
            List<String> names = new ArrayList<>();
            cells.forEach(c -> names.add(c instanceof Cell cell ? cellName(cell, locale) : String.valueOf(c)));
            return String.join(messages.getMessage("risk.list.separator", null, locale), names);
        }
        if (a instanceof LotCount n) {
            String key = n.whole() == 0 && n.value() > 0 ? "risk.lots.belowOne"
                    : n.approximate() ? "risk.lots.about" : "risk.lots.exact";
            return messages.getMessage(key, new Object[] {n.whole()}, locale);
        }
        if (a instanceof CellKind kind) {
            return messages.getMessage("inspection.cell." + kind.name(), null, locale);
        }
        if (a instanceof WarningLevel level) {
            return messages.getMessage("inspection.warning.level." + level.name(), null, locale);
        }
        return a;
    }
}
