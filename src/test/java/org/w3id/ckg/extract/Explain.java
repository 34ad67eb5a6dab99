package org.w3id.ckg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.ckg.ingest.DocumentReader;
import org.w3id.ckg.model.Extraction;
import org.w3id.ckg.model.Mention;
import org.w3id.ckg.model.Sentence;
import org.w3id.ckg.model.SourceText;

/** A developer's tool: prints what the extractor makes of a text (a file, or the words given). Run from the test classpath. */
public final class Explain {
    public static void main(String[] args) throws Exception {
        String text = Files.exists(Path.of(args[0])) ? Files.readString(Path.of(args[0])) : String.join(" ", args);
        var doc = DocumentReader.standard().read(new SourceText("x.txt", Path.of("x.txt"), text, "h", SourceText.Format.PLAIN));
        Lexicon lx = Lexicon.standard();
        var splitter = new SentenceSplitter();
        var finder = new MentionFinder(lx);
        for (Sentence s : splitter.split(doc)) {
            System.out.println("S" + s.index() + (s.heading() ? " [h] " : " ") + s.text());
            for (Mention m : finder.find(s)) System.out.println("    " + m.type() + " '" + m.surface() + "'");
            for (var q : new QuantityFinder(lx).find(s)) System.out.println("    Q " + q.surface() + " = " + q.value().toPlainString() + " " + q.unit() + " " + q.role());
        }
        Extraction x = new Extractor(lx).extract(doc);
        var sents = splitter.split(doc);
        var named = new java.util.ArrayList<java.util.List<Mention>>();
        for (Sentence s : sents) named.add(new java.util.ArrayList<>(finder.find(s)));
        Resolved res = new EntityResolver(lx).resolve(sents, named);
        for (Sentence s : sents) for (Mention m : res.in(s)) System.out.println("  s" + s.index() + " " + m.kind() + " [" + m.begin() + "," + m.end() + ") '" + m.surface() + "' -> " + (m.entity() == null ? null : m.entity().label()));
        x.relations().forEach(r -> System.out.println("R " + r.subject().label() + " " + r.type() + " " + r.object().label() + "   [s" + r.evidence().index() + "]"));
        x.observations().forEach(o -> System.out.println("M " + o.organization().label() + " " + o.metric().name() + " " + o.quantity().value().toPlainString()
                + " " + o.quantity().unit() + " " + o.period() + "   [s" + o.evidence().index() + "]"));
        x.mentioned().forEach(e -> System.out.println("E " + e.type() + " " + e.label() + " " + e.altLabels() + " " + e.iri()));
    }
}
