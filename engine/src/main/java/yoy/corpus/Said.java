package yoy.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a worker thread had to say about one report (problems and notices), held back so that it is said on the
 * caller's thread in file order: then a run says the same things in the same order on any number of threads, and
 * a strict run stops at the same first error.
 */
final class Said {

    /** Nothing to say (a report whose scan already failed). */
    static final Said NOTHING = new Said();

    /** Each a {@link CorpusProblem} or a notice line, in the order said. */
    private final List<Object> said = new ArrayList<>(2);

    void problem(CorpusProblem problem) {
        said.add(problem);
    }

    void notice(String line) {
        said.add(line);
    }

    /** Says it all again, in order, to where it goes. */
    void replay(Consumer<CorpusProblem> problems, Consumer<String> notices) {
        for (Object s : said) {
            if (s instanceof CorpusProblem p) {
                problems.accept(p);
            } else {
                notices.accept((String) s);
            }
        }
    }
}
