package org.w3id.ckg.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.w3id.ckg.link.Candidate;
import org.w3id.ckg.link.Gazetteer;
import org.w3id.ckg.link.LinkGraph;
import org.w3id.ckg.link.LinkStage;
import org.w3id.ckg.link.Linker;
import org.w3id.ckg.link.RdfFileTarget;
import scala.Tuple2;

/**
 * The links of a build ({@link LinkStage#standard}) made on the cluster. The gazetteer is looked
 * up entity by entity on the executors; the company reference data is matched by a join keyed on
 * normalised names (the blocking keys of {@link RdfFileTarget#keys}), so only the pairs that share
 * a key meet, and each entity's best candidate is chosen by a reduction with {@link Linker#better},
 * which does not depend on the order the shuffle delivers them in. Nothing but counts and the
 * reference data passes through the driver.
 */
final class DistributedLinking {

    /** What linking made: the link graphs as N-Quads lines, and what the log reports. */
    record Result(JavaRDD<String> nquads, long identified, long compared, long accepted, long review) {}

    private static final class Holder { static final Gazetteer GAZETTEER = Gazetteer.standard(); }

    private DistributedLinking() {}

    static Result run(JavaSparkContext sc, JavaRDD<Candidate> entities) {
        // the gazetteer: identifiers and ISO codes, entity by entity, looked up once
        JavaRDD<Tuple2<Candidate, List<Linker.Link>>> known = entities.map(e -> new Tuple2<>(e, Holder.GAZETTEER.links(e)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> gazetteer = known.flatMap(k -> {
            Model m = ModelFactory.createDefaultModel();
            for (Linker.Link l : k._2()) LinkGraph.add(m, Gazetteer.NAME, l);
            Holder.GAZETTEER.codes(k._1(), m);
            return NQuads.lines(m, LinkStage.GAZETTEER_GRAPH).iterator();
        });
        long identifiers = known.map(k -> (long) k._2().size()).fold(0L, Long::sum);
        long identified = known.filter(k -> !k._2().isEmpty()).count();
        JavaRDD<String> gazetteerRun = sc.parallelize(NQuads.lines(
                LinkGraph.run(Gazetteer.NAME, Gazetteer.IRI, identifiers, Gazetteer.METHOD), LinkStage.GAZETTEER_GRAPH), 1);

        // the company reference data, for what the gazetteer does not identify
        JavaRDD<Candidate> rest = known.filter(k -> k._2().isEmpty()).map(Tuple2::_1);
        RdfFileTarget companies = LinkStage.companies();
        JavaPairRDD<String, Candidate> records = sc.parallelize(companies.records()).flatMapToPair(DistributedLinking::byKey);
        JavaPairRDD<Tuple2<String, String>, Double> scored = rest.flatMapToPair(DistributedLinking::byKey)
                .join(records)
                // an entity and a record that share several keys are compared once
                .mapToPair(kv -> new Tuple2<>(new Tuple2<>(kv._2()._1().iri(), kv._2()._2().iri()), kv._2()))
                .reduceByKey((a, b) -> a)
                .mapValues(pair -> Linker.score(pair._1(), pair._2()))
                .cache();
        long compared = scored.count();
        double threshold = LinkStage.COMPANIES_THRESHOLD, review = LinkStage.COMPANIES_REVIEW;
        JavaRDD<Linker.Link> links = scored
                .filter(kv -> kv._2() > 0)
                .mapToPair(kv -> new Tuple2<>(kv._1()._1(), new Linker.Scored(kv._1()._2(), kv._2())))
                .reduceByKey(Linker::better)
                .map(kv -> new Linker(threshold, review).decide(kv._1(), kv._2()))
                .filter(l -> l != null)
                .cache();
        long accepted = links.filter(Linker.Link::accepted).count(), all = links.count();
        JavaRDD<String> companyLinks = links.mapPartitions(ls -> {
            Model m = ModelFactory.createDefaultModel();
            ls.forEachRemaining(l -> LinkGraph.add(m, LinkStage.COMPANIES, l));
            return NQuads.lines(m, LinkStage.COMPANIES_GRAPH).iterator();
        });
        JavaRDD<String> companyRun = sc.parallelize(NQuads.lines(
                LinkGraph.run(LinkStage.COMPANIES, LinkStage.COMPANIES_IRI, compared, Linker.METHOD), LinkStage.COMPANIES_GRAPH), 1);
        return new Result(gazetteer.union(gazetteerRun).union(companyLinks).union(companyRun), identified, compared, accepted, all - accepted);
    }

    private static java.util.Iterator<Tuple2<String, Candidate>> byKey(Candidate c) {
        List<Tuple2<String, Candidate>> out = new ArrayList<>();
        for (String k : RdfFileTarget.keys(c)) out.add(new Tuple2<>(k, c));
        return out.iterator();
    }
}
