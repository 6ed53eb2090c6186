package org.qualityguard.replay;

import java.util.List;
import java.util.Optional;

/**
 * The fixed family of worlds the engine is judged on: a few members to tune on and at least six held out. The list,
 * each member's seed and parameters were fixed (2026-12-02, before any tuning against them) and must not be changed
 * to suit a result; a new shape is a new member with a new name. Sizes are chosen so that the whole held-out set
 * replays in a few minutes on two cores; {@code held-check} has the size of the independent check (400,000 lots over
 * 104 weeks, base rate 4.9 %, four events on flows of 20–35 lots a week).
 */
final class WorldFamily {

    enum Role { TUNING, HELD_OUT }

    record Member(String name, Role role, String shapeInWords, WorldShape shape) {
    }

    private WorldFamily() {
    }

    static final List<Member> MEMBERS = List.of(
            new Member("tune-classic", Role.TUNING, "the first worlds' shape at 6 %, events ×4.5–×12 on 15–60 lots/wk",
                    WorldShape.builder(300_000, 104, 101).baseRate(0.06).events(3, 4.5, 12, 15, 60).build()),
            new Member("tune-thin", Role.TUNING, "3 %, a long tail of thin consignees, events ×5–×20 on 5–25 lots/wk",
                    WorldShape.builder(200_000, 104, 102).baseRate(0.03).badActors(0.10, 2.0, 0.10)
                            .volumes(25, 1.8, 0, 0).events(3, 5, 20, 5, 25).build()),
            new Member("tune-giants", Role.TUNING, "8 %, five giants declare 30 %, many mild bad actors, 78 weeks",
                    WorldShape.builder(250_000, 78, 103).baseRate(0.08).badActors(0.25, 1.0, 0.10)
                            .volumes(150, 1.5, 5, 0.30).events(3, 3, 10, 20, 50).build()),
            new Member("held-check", Role.HELD_OUT, "the independent check's size: 4.9 %, four events ×5–×20 on 20–35/wk",
                    WorldShape.builder(400_000, 104, 201).baseRate(0.049).events(2, 5, 20, 20, 35).build()),
            new Member("held-low", Role.HELD_OUT, "2 %, few but strong bad actors (5 %, odds ×10)",
                    WorldShape.builder(250_000, 104, 202).baseRate(0.02).badActors(0.05, 2.3, 0.05)
                            .events(3, 5, 20, 10, 40).build()),
            new Member("held-high", Role.HELD_OUT, "10 %, many mild bad actors (30 %), weak events ×3–×8",
                    WorldShape.builder(200_000, 104, 203).baseRate(0.10).badActors(0.30, 0.8, 0.15)
                            .events(3, 3, 8, 15, 50).build()),
            new Member("held-drift", Role.HELD_OUT, "5 %, triple drift, double walk and seasonality",
                    WorldShape.builder(200_000, 104, 204).baseRate(0.05).change(3.0, 0.25, 2.0)
                            .events(3, 4, 15, 10, 50).build()),
            new Member("held-entrants", Role.HELD_OUT, "6 %, 60 % of consignees enter during the period, worse ones",
                    WorldShape.builder(200_000, 104, 205).baseRate(0.06).turnover(0.60, 0.6, 0.30)
                            .events(3, 4, 15, 10, 40).build()),
            new Member("held-busy", Role.HELD_OUT, "4 %, few busy consignees, three giants hold 25 %, events ×3–×6",
                    WorldShape.builder(200_000, 104, 206).baseRate(0.04).volumes(400, 1.2, 3, 0.25)
                            .events(3, 3, 6, 30, 50).build()),
            new Member("held-short", Role.HELD_OUT, "7 %, one year, long tail, strong events ×8–×20 on 5–15 lots/wk",
                    WorldShape.builder(150_000, 52, 207).baseRate(0.07).volumes(40, 2.0, 2, 0.15)
                            .events(3, 8, 20, 5, 15).build()));

    static Optional<Member> member(String name) {
        return MEMBERS.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
