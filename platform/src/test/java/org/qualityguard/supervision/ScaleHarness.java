package org.qualityguard.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.qualityguard.equipment.domain.EquipmentKind;
import org.qualityguard.equipment.domain.InspectionCycles;
import org.qualityguard.supervision.domain.DefaultTables;
import org.qualityguard.supervision.domain.Grade;
import org.qualityguard.supervision.domain.GradingProfile;
import org.qualityguard.supervision.domain.PlanDraw;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.supervision.domain.Scoring;
import org.qualityguard.supervision.domain.ScoringTable;

/**
 * The scale bar of issue 10, measured on the domain code (no database, no Spring): grade 1,000,000 enterprises,
 * compute due dates for 10,000,000 special-equipment units, then draw a province year plan over the graded
 * enterprises with 3,000 inspectors and conflicts for 1 % of enterprises. Prints the seconds of each step.
 * Not a test: run it by hand (see the command in the supervision notes).
 */
public final class ScaleHarness {

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
        int inspectors = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        SplittableRandom random = new SplittableRandom(2026);

        // Inputs, generated before the clock starts.
        String[] categories = new String[31];
        for (int i = 0; i < 31; i++) {
            categories[i] = String.format("%02d", i + 1);
        }
        String[] scales = {"SMALL", "MEDIUM", "LARGE"};
        byte[] category = new byte[enterprises];
        byte[] scale = new byte[enterprises];
        byte[] failures = new byte[enterprises];
        byte[] majors = new byte[enterprises];
        byte[] minors = new byte[enterprises];
        for (int i = 0; i < enterprises; i++) {
            category[i] = (byte) random.nextInt(31);
            scale[i] = (byte) random.nextInt(3);
            failures[i] = (byte) (random.nextInt(20) == 0 ? 1 : 0);
            majors[i] = (byte) (random.nextInt(10) == 0 ? random.nextInt(1, 4) : 0);
            minors[i] = (byte) random.nextInt(4);
        }
        EquipmentKind[] kinds = EquipmentKind.values();
        byte[] kind = new byte[units];
        byte[] level = new byte[units];
        int[] commissioned = new int[units];
        int[] last = new int[units];
        boolean[] failed = new boolean[units];
        for (int i = 0; i < units; i++) {
            kind[i] = (byte) random.nextInt(kinds.length);
            level[i] = (byte) random.nextInt(6);
            commissioned[i] = random.nextInt(7_000, 20_000);
            last[i] = random.nextInt(10) == 0 ? Integer.MIN_VALUE : commissioned[i] + random.nextInt(0, 800);
            failed[i] = random.nextInt(50) == 0;
        }
        long[] pool = new long[inspectors];
        for (int i = 0; i < inspectors; i++) {
            pool[i] = 1_000 + i;
        }

        long start = System.nanoTime();
        ScoringTable table = DefaultTables.of(Regime.FOOD);
        GradingProfile profile = new GradingProfile();
        byte[] grade = new byte[enterprises];
        int[] byGrade = new int[4];
        for (int i = 0; i < enterprises; i++) {
            profile.clear().fact("foodCategory", categories[category[i]]).fact("scale", scales[scale[i]])
                    .count("failedInspection", failures[i]).count("majorFinding", majors[i])
                    .count("minorFinding", minors[i]);
            Scoring s = table.score(profile);
            grade[i] = (byte) s.grade().ordinal();
            byGrade[grade[i]]++;
        }
        long graded = System.nanoTime();

        InspectionCycles cycles = InspectionCycles.defaults();
        int[] due = new int[units];
        long checksum = 0;
        for (int i = 0; i < units; i++) {
            due[i] = cycles.nextDue(kinds[kind[i]], level[i], commissioned[i], last[i], failed[i]);
            checksum += due[i];
        }
        long dated = System.nanoTime();

        List<PlanDraw.Candidate> candidates = new ArrayList<>(enterprises);
        Grade[] grades = Grade.values();
        for (int i = 0; i < enterprises; i++) {
            Grade g = grades[grade[i]];
            long[] conflicts = i % 100 == 0 ? new long[] {pool[i % inspectors], pool[(i * 7 + 1) % inspectors]} : null;
            candidates.add(new PlanDraw.Candidate(Integer.toString(i), g, table.frequencyOf(g).min(), conflicts));
        }
        long prepared = System.nanoTime();
        PlanDraw.Drawn plan = PlanDraw.draw(candidates, pool, null, 20261127L);
        long planned = System.nanoTime();

        System.out.printf("graded %,d enterprises in %.2f s (A %,d  B %,d  C %,d  D %,d)%n", enterprises,
                (graded - start) / 1e9, byGrade[0], byGrade[1], byGrade[2], byGrade[3]);
        System.out.printf("computed %,d due dates in %.2f s (checksum %d)%n", units, (dated - graded) / 1e9, checksum);
        System.out.printf("drew a province year plan of %,d inspections over %,d inspectors in %.2f s "
                + "(+ %.2f s building candidates)%n", plan.size(), inspectors, (planned - prepared) / 1e9,
                (prepared - dated) / 1e9);
        System.out.printf("total %.2f s%n", (planned - start) / 1e9);
    }
}
