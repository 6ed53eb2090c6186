package org.qualityguard.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.qualityguard.shared.Workflow;

/**
 * A workflow's transition table drawn as a state diagram, in SVG written on the server: the states in columns by
 * their distance from the initial state, an arrow per edge labelled with its command and its event. Labels come
 * through {@code label} (message keys), and every text is escaped.
 */
final class WorkflowDiagram {

    private static final int WIDTH = 170;
    private static final int HEIGHT = 44;
    private static final int COLUMN = 260;
    private static final int ROW = 110;
    private static final int MARGIN = 30;

    private WorkflowDiagram() {
    }

    static <S extends Enum<S>> String svg(Workflow<S> workflow, Function<String, String> label) {
        Map<S, int[]> at = layout(workflow);
        int columns = at.values().stream().mapToInt(p -> p[0]).max().orElse(0) + 1;
        int rows = at.values().stream().mapToInt(p -> p[1]).max().orElse(0) + 1;
        int w = MARGIN * 2 + (columns - 1) * COLUMN + WIDTH;
        int h = MARGIN * 2 + (rows - 1) * ROW + HEIGHT + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"workflow-diagram\" role=\"img\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\"><defs><marker id=\"arrow-").append(escape(workflow.name()))
                .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" ")
                .append("orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        int edgeIndex = 0;
        for (Workflow.Transition<S> t : workflow.table()) {
            int[] a = at.get(t.from());
            int[] b = at.get(t.to());
            double x1 = x(a) + WIDTH;
            double y1 = y(a) + HEIGHT / 2.0;
            double x2 = x(b);
            double y2 = y(b) + HEIGHT / 2.0;
            if (b[0] <= a[0]) {
                // backwards or within a column: leave below and come back in from below
                x1 = x(a) + WIDTH / 2.0;
                y1 = y(a) + HEIGHT;
                x2 = x(b) + WIDTH / 2.0 + 12;
                y2 = y(b) + HEIGHT;
            }
            double cx = (x1 + x2) / 2;
            double cy = (y1 + y2) / 2 + (b[0] <= a[0] ? 50 : (edgeIndex % 2 == 0 ? -18 : 18));
            svg.append("<path class=\"edge\" fill=\"none\" stroke=\"#555\" d=\"M").append(num(x1)).append(',')
                    .append(num(y1)).append(" Q").append(num(cx)).append(',').append(num(cy)).append(' ')
                    .append(num(x2)).append(',').append(num(y2)).append("\" marker-end=\"url(#arrow-")
                    .append(escape(workflow.name())).append(")\"/>");
            svg.append("<text class=\"edge-label\" font-size=\"12\" text-anchor=\"middle\" x=\"").append(num(cx))
                    .append("\" y=\"").append(num(cy - 4)).append("\">")
                    .append(escape(label.apply("workflow.command." + t.command()))).append(" → ")
                    .append(escape(t.event())).append("</text>");
            edgeIndex++;
        }
        for (Map.Entry<S, int[]> e : at.entrySet()) {
            int[] p = e.getValue();
            boolean initial = e.getKey() == workflow.initial();
            svg.append("<g class=\"state\" data-state=\"").append(escape(e.getKey().name())).append("\"><rect x=\"")
                    .append(x(p)).append("\" y=\"").append(y(p)).append("\" width=\"").append(WIDTH)
                    .append("\" height=\"").append(HEIGHT).append("\" rx=\"10\" fill=\"")
                    .append(initial ? "#e3f0ff" : "#f6f6f6").append("\" stroke=\"#333\" stroke-width=\"")
                    .append(initial ? 2 : 1).append("\"/><text x=\"").append(x(p) + WIDTH / 2).append("\" y=\"")
                    .append(y(p) + HEIGHT / 2 + 5).append("\" text-anchor=\"middle\" font-size=\"14\">")
                    .append(escape(label.apply("workflow.state." + e.getKey().name()))).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Column (distance from the initial state) and row of each state; unreachable states in a last column. */
    private static <S extends Enum<S>> Map<S, int[]> layout(Workflow<S> workflow) {
        Map<S, int[]> at = new LinkedHashMap<>();
        List<Integer> rowsUsed = new ArrayList<>();
        Deque<S> open = new ArrayDeque<>();
        place(at, rowsUsed, workflow.initial(), 0);
        open.add(workflow.initial());
        while (!open.isEmpty()) {
            S s = open.removeFirst();
            for (Workflow.Transition<S> t : workflow.from(s)) {
                if (!at.containsKey(t.to())) {
                    place(at, rowsUsed, t.to(), at.get(s)[0] + 1);
                    open.addLast(t.to());
                }
            }
        }
        int last = rowsUsed.size();
        for (S s : workflow.states()) {
            if (!at.containsKey(s)) {
                place(at, rowsUsed, s, last);
            }
        }
        return at;
    }

    private static <S> void place(Map<S, int[]> at, List<Integer> rowsUsed, S state, int column) {
        while (rowsUsed.size() <= column) {
            rowsUsed.add(0);
        }
        at.put(state, new int[] {column, rowsUsed.get(column)});
        rowsUsed.set(column, rowsUsed.get(column) + 1);
    }

    private static int x(int[] p) {
        return MARGIN + p[0] * COLUMN;
    }

    private static int y(int[] p) {
        return MARGIN + 20 + p[1] * ROW;
    }

    private static String num(double v) {
        return Long.toString(Math.round(v));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
