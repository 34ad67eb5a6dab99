package org.w3id.ckg.model;

import org.w3id.ckg.vocab.CKG;
import org.w3id.ckg.vocab.W3C;

/** The nine relations of the vocabulary and the properties that state them. */
public enum RelationType {
    SUBSIDIARY_OF(W3C.subOrganizationOf.getURI()),
    HAS_CUSTOMER(CKG.hasCustomer.getURI()),
    ACQUIRED(CKG.acquired.getURI()),
    INVESTED_IN(CKG.investedIn.getURI()),
    OPERATES_IN(CKG.operatesIn.getURI()),
    DATA_CENTER_IN(CKG.dataCenterIn.getURI()),
    OFFERS_PRODUCT(CKG.offersProduct.getURI()),
    CEO_OF(CKG.ceoOf.getURI()),
    FINED_BY(CKG.finedBy.getURI());

    private final String property;

    RelationType(String property) { this.property = property; }

    public String property() { return property; }
}
