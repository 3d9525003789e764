package yoy.indicators;

import java.nio.charset.StandardCharsets;

/** Broken inputs too big to commit, built on the fly from a one-line recipe in a case's {@code generate.txt}. */
final class Generated {

    private Generated() {
    }

    static byte[] bytes(String recipe) {
        String[] words = recipe.split(" ");
        return switch (words[0]) {
            case "five-megabytes" -> fiveMegabytes();
            case "deep-nesting" -> deepNesting(Integer.parseInt(words[1]), words[2].charAt(0));
            default -> throw new IllegalArgumentException("unknown recipe " + recipe);
        };
    }

    /** Valid definitions repeated past 5 MB: only the size is wrong. */
    static byte[] fiveMegabytes() {
        StringBuilder sb = new StringBuilder("version: 1\nindicators:\n");
        for (int i = 0; sb.length() < 5 * 1024 * 1024; i++) {
            sb.append("  - id: indicator_").append(i).append('\n')
                    .append("    title: Indicator ").append(i).append('\n')
                    .append("    unit: people\n")
                    .append("    description: A definition repeated to make the file large.\n")
                    .append("    nouns: [people]\n")
                    .append("    measures:\n")
                    .append("      - id: counted\n")
                    .append("        cues: [counted]\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code indicators: [[[...]]]} or {@code indicators: {a: {a: ...}}}, {@code depth} levels deep. */
    static byte[] deepNesting(int depth, char open) {
        String opening = open == '[' ? "[" : "{a: ";
        String closing = open == '[' ? "]" : "}";
        String text = "version: 1\nindicators: " + opening.repeat(depth) + (open == '[' ? "" : "x") + closing.repeat(depth) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
