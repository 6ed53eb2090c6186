package org.qualityguard.power;

import java.time.LocalDate;

/**
 * A supervision notice (电子监察督办通知) on an act, issued by a supervisor of the division, that the acting unit must
 * answer by {@code dueOn} (working days from issue); its answer, once given, is on the record.
 */
public record SupervisionNotice(long id, String actId, Long cardId, String division, long organisationId, String text,
                                String issuedBy, LocalDate issuedOn, LocalDate dueOn, String answer,
                                String answeredBy, LocalDate answeredOn) {

    public boolean answered() {
        return answer != null;
    }

    /** Unanswered past its due day, or answered after it. */
    public boolean answerOverdue(LocalDate today) {
        return answered() ? answeredOn.isAfter(dueOn) : today.isAfter(dueOn);
    }
}
