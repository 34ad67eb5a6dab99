package org.w3id.ckg.model;

/** The kinds of entity in the ontology, with the local names of their classes. */
public enum EntityType {
    COMPANY("Company"), GOVERNMENT_BODY("GovernmentBody"), ORGANIZATION("Organization"),
    PERSON("Person"), PLACE("Place"), PRODUCT("Product");

    private final String className;

    EntityType(String className) { this.className = className; }

    public String className() { return className; }

    public boolean isOrganization() {
        return this == COMPANY || this == GOVERNMENT_BODY || this == ORGANIZATION;
    }

    public static EntityType fromClassName(String name) {
        for (EntityType t : values()) if (t.className.equalsIgnoreCase(name)) return t;
        throw new IllegalArgumentException("unknown entity type: " + name);
    }
}
