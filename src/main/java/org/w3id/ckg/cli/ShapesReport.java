package org.w3id.ckg.cli;

import java.io.PrintStream;
import java.util.List;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.ckg.store.ShapesCheck;

/** The SHACL lines a command ends with: that the data conforms, or the first violations. */
final class ShapesReport {
    private ShapesReport() {}

    private static final int SHOWN = 20;

    static void print(List<ReportEntry> violations, PrintStream err) {
        if (violations.isEmpty()) {
            err.println("ckg: SHACL: the data conforms to ontology/shapes.ttl");
            return;
        }
        err.println("ckg: SHACL: " + violations.size() + " violations" + (violations.size() > SHOWN ? " (the first " + SHOWN + ")" : "") + ":");
        for (ReportEntry e : violations.subList(0, Math.min(SHOWN, violations.size()))) err.println("  " + ShapesCheck.describe(e));
    }
}
