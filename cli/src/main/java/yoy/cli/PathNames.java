package yoy.cli;

import java.nio.file.Path;

/**
 * How paths appear in artefacts: relative and with {@code /}, never absolute, so that a manifest does
 * not depend on where the project was checked out. A path outside the working folder is named by its
 * last part only.
 */
final class PathNames {

    private PathNames() {
    }

    static String display(Path path) {
        Path p = path.normalize();
        if (p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath().normalize();
            if (p.startsWith(cwd) && !p.equals(cwd)) {
                p = cwd.relativize(p);
            } else {
                Path name = p.getFileName();
                return name == null ? "." : name.toString();
            }
        }
        String s = p.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /** {@code folder/child}, or just {@code child} when the folder is the working folder. */
    static String child(String folder, String child) {
        return folder.equals(".") ? child : folder + "/" + child;
    }
}
