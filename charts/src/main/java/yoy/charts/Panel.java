package yoy.charts;

/** One panel of small multiples: its heading and the line chart plan drawn under it. */
record Panel(String heading, ChartPlan plan) {
}
