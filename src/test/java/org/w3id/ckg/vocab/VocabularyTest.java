package org.w3id.ckg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.ckg.ingest.DataFiles;

/** The Java constants and the ontology cannot drift: each names exactly the terms of the other. */
class VocabularyTest {

    private static Set<String> javaTerms() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : CKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                out.add(((Resource) f.get(null)).getURI());
            }
        }
        return out;
    }

    private static Set<String> ontologyTerms(Model m) {
        Set<String> out = new TreeSet<>();
        m.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(CKG.NS) && s.hasProperty(RDF.type)) out.add(s.getURI());
        });
        return out;
    }

    @Test void everyConstantIsDeclaredAndEveryTermHasAConstant() throws Exception {
        Model onto = DataFiles.ontology();
        Set<String> ontology = ontologyTerms(onto);
        // metric concepts are data of the scheme, reached by IRI, not constants
        ontology.removeIf(t -> onto.getResource(t).hasProperty(org.apache.jena.vocabulary.SKOS.inScheme));
        assertEquals(ontology, javaTerms());
    }

    @Test void everyTermIsLabelledAndDocumented() {
        Model onto = DataFiles.ontology();
        for (String t : ontologyTerms(onto)) {
            Resource r = onto.getResource(t);
            assertTrue(r.hasProperty(RDFS.label), t + " has no rdfs:label");
            assertTrue(r.hasProperty(RDFS.comment), t + " has no rdfs:comment");
        }
    }

    @Test void theVocabularyContractTermsAreAllDefined() throws Exception {
        Path vocab = Path.of(System.getProperty("ckg.home", ".")).resolve("../shared/gold/VOCABULARY.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(vocab), "shared/gold is beside the repository");
        Set<String> defined = ontologyTerms(DataFiles.ontology());
        var m = java.util.regex.Pattern.compile("`ckg:(\\w+)`").matcher(Files.readString(vocab));
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(defined.contains(CKG.NS + m.group(1)), "VOCABULARY.md term ckg:" + m.group(1) + " is not in the ontology");
        }
        assertTrue(n > 15);
    }
}
