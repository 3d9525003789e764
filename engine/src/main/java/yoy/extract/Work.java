package yoy.extract;

/**
 * Steps taken while one document is read: tokens and sentences visited by the loops that would grow faster than the
 * text if a window or a cap were missing (clause and segment walks, phrase look-ups, the time expressions and numbers
 * a figure is set against, the sentences of its paragraph). A plain field, bumped on objects the loops already hold:
 * counting costs no lookup. Tests hold the count to the text's size (see {@code LinearWorkTest}); never timed.
 */
final class Work {

    long steps;
}
