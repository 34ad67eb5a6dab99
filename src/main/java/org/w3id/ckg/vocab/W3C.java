package org.w3id.ckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms ckg uses from W3C ORG, PROV-O, the Data Cube vocabulary and schema.org, which Jena
 * does not ship constants for. Jena's own {@code RDF}, {@code RDFS}, {@code SKOS},
 * {@code DCTerms}, {@code OWL} and {@code XSD} cover the rest.
 */
public final class W3C {
    private W3C() {}

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String SCHEMA = "https://schema.org/";

    public static final Property subOrganizationOf = ResourceFactory.createProperty(ORG, "subOrganizationOf");
    public static final Property hasSubOrganization = ResourceFactory.createProperty(ORG, "hasSubOrganization");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV, "wasDerivedFrom");
    public static final Property generatedAtTime = ResourceFactory.createProperty(PROV, "generatedAtTime");
    public static final Resource qbObservation = ResourceFactory.createResource(QB + "Observation");
    public static final Property dataSet = ResourceFactory.createProperty(QB, "dataSet");
    public static final Property mentions = ResourceFactory.createProperty(SCHEMA, "mentions");
    public static final Property headline = ResourceFactory.createProperty(SCHEMA, "headline");
}
