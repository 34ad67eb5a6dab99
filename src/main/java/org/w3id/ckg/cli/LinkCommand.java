package org.w3id.ckg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.ckg.link.Entities;
import org.w3id.ckg.link.LinkStage;
import org.w3id.ckg.link.RdfFileTarget;
import org.w3id.ckg.link.SparqlTarget;
import org.w3id.ckg.link.Target;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.store.Store;
import org.w3id.ckg.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link the database's entities to an RDF file or a SPARQL endpoint: owl:sameAs above the threshold, skos:closeMatch for review below it.",
                "The links go into their own named graph (https://w3id.org/ckg/links/<target>) with their scores and method; a new run replaces it."})
public final class LinkCommand implements Callable<Integer> {

    @Mixin DatabaseOption database;

    @Option(names = "--target", required = true, paramLabel = "FILE|URL", description = "An RDF file, or a SPARQL endpoint URL (http:// or https://).")
    String target;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only entities of this type: Company, GovernmentBody, Organization, Person, Place, Product.")
    String type;

    @Option(names = "--threshold", defaultValue = "0.95", description = "Score from which a link is owl:sameAs (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--review", defaultValue = "0.85", description = "Score from which a link is kept as skos:closeMatch for review (default: ${DEFAULT-VALUE}).")
    double review;

    @Option(names = "--label-property", paramLabel = "IRI", description = "A property holding names in the target (repeatable; default rdfs:label and skos:altLabel).")
    List<String> labelProperties = new ArrayList<>();

    @Override public Integer call() {
        Path dbDir = database.existing();
        List<Property> labels = labelProperties.isEmpty() ? LinkStage.DEFAULT_LABELS
                : labelProperties.stream().map(ResourceFactory::createProperty).toList();
        boolean remote = target.startsWith("http://") || target.startsWith("https://");
        if (!remote && !Files.isRegularFile(Path.of(target))) throw new IllegalArgumentException(target + ": no such file");
        Target t = remote ? new SparqlTarget(target, labels) : RdfFileTarget.load(Path.of(target), labels);
        String targetIri = remote ? target : Path.of(target).toAbsolutePath().toUri().toString();
        EntityType only = type == null ? null : EntityType.fromClassName(type);
        try (Store store = Store.open(StoreConfig.forDatabase(dbDir))) {
            new LinkStage(System.err).run(store, Entities.of(store.dataset()), t, targetIri, only, threshold, review);
        }
        return 0;
    }
}
