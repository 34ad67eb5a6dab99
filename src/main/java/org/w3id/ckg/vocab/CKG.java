package org.w3id.ckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the ckg ontology ({@code ontology/ckg.ttl}, {@code ontology/metrics.ttl}), in the
 * manner of Jena's schemagen output. {@code VocabularyTest} checks that every constant here
 * is declared in the ontology and every term declared there has a constant, so the two cannot
 * drift.
 */
public final class CKG {
    private CKG() {}

    public static final String NS = "https://w3id.org/ckg/ontology#";
    /** Base of the IRIs of entities, documents and figures. */
    public static final String DATA = "https://w3id.org/ckg/";

    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // classes
    public static final Resource Document = resource("Document");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource RelationAssertion = resource("RelationAssertion");
    public static final Resource Entity = resource("Entity");
    public static final Resource Organization = resource("Organization");
    public static final Resource Company = resource("Company");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource Person = resource("Person");
    public static final Resource Place = resource("Place");
    public static final Resource Product = resource("Product");
    public static final Resource BusinessUnit = resource("BusinessUnit");
    public static final Resource MetricObservation = resource("MetricObservation");
    public static final Resource MetricScheme = resource("MetricScheme");
    public static final Resource UnitKind = resource("UnitKind");

    // individuals
    public static final Resource Metrics = resource("Metrics");
    public static final Resource Money = resource("Money");
    public static final Resource Percent = resource("Percent");
    public static final Resource Count = resource("Count");
    public static final Resource observations = resource("observations");
    public static final Resource observationStructure = resource("observationStructure");

    // document and evidence properties
    public static final Property text = property("text");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property contentHash = property("contentHash");
    public static final Property evidence = property("evidence");
    public static final Property confidence = property("confidence");

    // relations
    public static final Property hasCustomer = property("hasCustomer");
    public static final Property customerOf = property("customerOf");
    public static final Property acquired = property("acquired");
    public static final Property investedIn = property("investedIn");
    public static final Property operatesIn = property("operatesIn");
    public static final Property dataCenterIn = property("dataCenterIn");
    public static final Property offersProduct = property("offersProduct");
    public static final Property ceoOf = property("ceoOf");
    public static final Property finedBy = property("finedBy");

    // observations
    public static final Property organization = property("organization");
    public static final Property metric = property("metric");
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property periodStart = property("periodStart");
    public static final Property periodEnd = property("periodEnd");
    public static final Property sourceText = property("sourceText");

    // metric scheme
    public static final Property unitKind = property("unitKind");
    public static final Property pointInTime = property("pointInTime");
    public static final Property trailingMonths = property("trailingMonths");
    public static final Property cue = property("cue");

    // reference data (gazetteer)
    public static final Resource Country = resource("Country");
    public static final Resource City = resource("City");
    public static final Resource Region = resource("Region");
    public static final Property demonym = property("demonym");
    public static final Property iso3166alpha2 = property("iso3166alpha2");
    public static final Property iso3166alpha3 = property("iso3166alpha3");
    public static final Property iso3166numeric = property("iso3166numeric");
    public static final Property countryCode = property("countryCode");
    public static final Property currency = property("currency");
    public static final Property population = property("population");
    public static final Property wikidata = property("wikidata");
    public static final Property geonames = property("geonames");
    public static final Property lei = property("lei");
    public static final Property parentOrganization = property("parentOrganization");

    // links
    public static final Resource LinkAssertion = resource("LinkAssertion");
    public static final Resource Linking = resource("Linking");
    public static final Property method = property("method");
    public static final Property target = property("target");
    public static final Property candidatesCompared = property("candidatesCompared");
}
