package org.w3id.ckg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.w3id.ckg.link.Candidate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * ckg's extraction as a Spark job: texts (plain, HTML, Reuters SGML) from any Hadoop path are
 * extracted on the executors by the core's own code, one named graph per text; the entities of
 * all texts are brought together by IRI (a shuffle: the IRI is the entity's normalised name) and
 * linked as {@code ckg build} links them. The output folder gets gzipped N-Quads partitions,
 * {@code texts/} and {@code links/}, for {@code ckg load}, and {@code summary.json}.
 */
@Command(name = "ckg-spark", mixinStandardHelpOptions = true, version = "ckg-spark 0.1.0",
        description = {"Extract texts with Apache Spark into gzipped N-Quads partitions for `ckg load`.",
                "Exit code: 0 all good, 1 a text failed (the others are in the output), 2 a usage or runtime error."})
public final class ExtractJob implements Callable<Integer> {

    @Option(names = "--texts", required = true, paramLabel = "PATH", description = "Texts: a file or folder (read recursively) on any Hadoop file system (file://, hdfs://, s3a://).")
    String texts;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output folder (must not exist): texts/ and links/ partitions, summary.json.")
    String out;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Input partitions at least (default: Spark's default parallelism).")
    int partitions;

    @Option(names = "--local", paramLabel = "N", description = "Run in Spark local mode with N worker threads, on loopback, without the web UI (else the master spark-submit gives).")
    Integer local;

    /** What a run did. */
    public record Summary(long texts, long failed, List<String> failures, long facts, long quads, long linkQuads,
                          long identified, long compared, long accepted, long review, double seconds) {}

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new ExtractJob());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("ckg-spark: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        System.exit(cl.execute(args));
    }

    @Override public Integer call() throws IOException {
        SparkConf conf = new SparkConf().setAppName("ckg extract");
        if (local != null) conf = localMode(conf, local);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Summary s = run(sc, texts, out, partitions);
            System.err.printf("ckg-spark: %d texts extracted, %d failed, %d facts, %d quads; links: %d identified by the gazetteer, "
                    + "%d candidates compared, %d owl:sameAs, %d for review; %.1f s%n",
                    s.texts(), s.failed(), s.facts(), s.quads(), s.identified(), s.compared(), s.accepted(), s.review(), s.seconds());
            return s.failed() == 0 ? 0 : 1;
        }
    }

    /** Local mode as a test or a laptop wants it: the driver on loopback, no web UI. */
    public static SparkConf localMode(SparkConf conf, int workers) {
        return conf.setMaster("local[" + workers + "]")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false");
    }

    public static Summary run(JavaSparkContext sc, String texts, String out, int partitions) throws IOException {
        long t0 = System.nanoTime();
        Path outDir = new Path(out);
        FileSystem fs = outDir.getFileSystem(sc.hadoopConfiguration());
        if (fs.exists(outDir)) throw new IllegalArgumentException(out + ": the output folder exists already; give a new one");
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);

        int parts = partitions > 0 ? partitions : sc.defaultParallelism();
        // files are cut into texts first and the texts spread over the workers: Spark combines small files
        // into few splits, and one newswire file holds a thousand texts
        JavaRDD<TextExtraction.Either> split = sc.binaryFiles(texts, parts)
                .flatMap(f -> TextExtraction.split(f._1(), f._2().toArray()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Extracted> results = split.filter(e -> e.text() != null).map(TextExtraction.Either::text)
                .repartition(Math.max(parts, 2 * sc.defaultParallelism()))
                .map(TextExtraction::extract)
                .union(split.filter(e -> e.failure() != null).map(e -> Extracted.failed(e.failure())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Extracted> ok = results.filter(Extracted::ok);
        JavaRDD<String> quads = ok.flatMap(r -> r.nquads().iterator());
        save(fs, quads, out + "/texts");

        // the cross-text step: every text's view of an entity, brought together by the entity's IRI
        JavaRDD<Candidate> entities = ok.flatMap(r -> r.entities().iterator())
                .mapToPair(c -> new Tuple2<>(c.iri(), c))
                .reduceByKey(Candidate::merge)
                .values()
                .persist(StorageLevel.MEMORY_AND_DISK());
        DistributedLinking.Result links = DistributedLinking.run(sc, entities);
        // kept: it is written, then counted, and its lineage is the whole linking stage
        JavaRDD<String> linkLines = links.nquads().persist(StorageLevel.MEMORY_AND_DISK());
        save(fs, linkLines, out + "/links");

        List<String> failures = results.filter(r -> !r.ok()).map(Extracted::failure).collect();
        failures.forEach(f -> System.err.println("ckg-spark: " + f));
        // texts, facts, quads in one pass
        long[] counts = ok.map(r -> new long[] {1, r.facts(), r.nquads().size()})
                .fold(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        long linkQuads = linkLines.count();
        Summary s = new Summary(counts[0], failures.size(), failures, counts[1], counts[2], linkQuads,
                links.identified(), links.compared(), links.accepted(), links.review(), (System.nanoTime() - t0) / 1e9);
        writeSummary(fs, new Path(outDir, "summary.json"), s);
        results.unpersist();
        split.unpersist();
        entities.unpersist();
        linkLines.unpersist();
        return s;
    }

    /** Gzipped text partitions, renamed part-NNNNN.nq.gz so that Jena's loaders and people see they are N-Quads. */
    private static void save(FileSystem fs, JavaRDD<String> lines, String dir) throws IOException {
        lines.saveAsTextFile(dir, GzipCodec.class);
        for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(new Path(dir))) {
            String name = f.getPath().getName();
            if (name.startsWith("part-") && name.endsWith(".gz") && !name.endsWith(".nq.gz")) {
                fs.rename(f.getPath(), new Path(f.getPath().getParent(), name.substring(0, name.length() - 3) + ".nq.gz"));
            }
        }
    }

    private static void writeSummary(FileSystem fs, Path file, Summary s) throws IOException {
        JsonObject o = new JsonObject();
        o.put("texts", s.texts());
        o.put("failed", s.failed());
        JsonArray failures = new JsonArray();
        s.failures().forEach(failures::add);
        o.put("failures", failures);
        o.put("facts", s.facts());
        o.put("quads", s.quads());
        o.put("linkQuads", s.linkQuads());
        o.put("identifiedByGazetteer", s.identified());
        o.put("candidatesCompared", s.compared());
        o.put("sameAs", s.accepted());
        o.put("forReview", s.review());
        o.put("seconds", org.apache.jena.atlas.json.JsonNumber.value(Math.round(s.seconds() * 10) / 10.0));
        try (OutputStream os = fs.create(file, false)) {
            os.write(o.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
