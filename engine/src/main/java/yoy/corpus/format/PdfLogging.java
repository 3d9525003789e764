package yoy.corpus.format;

import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.NoOpLog;

/**
 * Keeps PDFBox quiet. PDFBox reports what it repairs in a damaged file ("Object (28:0) at offset 3542 does not
 * end with 'endobj'") through commons-logging, which would find SLF4J's no-op binding on yoy's class path, or
 * else fall back to java.util.logging and print to stderr; and in the command line's minimized jar it finds
 * neither, because it loads its own classes by name. yoy reports a file's problems itself, in one line, so
 * commons-logging is told to use this factory, whose logs are all no-ops, unless the JVM was started with
 * {@code -Dorg.apache.commons.logging.LogFactory=...} (to see PDFBox's messages when debugging).
 */
public final class PdfLogging extends LogFactory {

    private static final Log QUIET = new NoOpLog();
    private final Map<String, Object> attributes = new TreeMap<>();

    /** Public for commons-logging, which creates the factory by name; yoy code calls {@link #install}. */
    public PdfLogging() {
    }

    /** Must run before the first PDFBox class asks for its log (PdfText's static initializer does it). */
    static void install() {
        if (System.getProperty(FACTORY_PROPERTY) == null) {
            System.setProperty(FACTORY_PROPERTY, PdfLogging.class.getName());
        }
    }

    @Override
    public Log getInstance(Class<?> clazz) {
        return QUIET;
    }

    @Override
    public Log getInstance(String name) {
        return QUIET;
    }

    @Override
    public synchronized Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public synchronized String[] getAttributeNames() {
        return attributes.keySet().toArray(new String[0]);
    }

    @Override
    public synchronized void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public synchronized void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void release() {
        // nothing is held
    }
}
