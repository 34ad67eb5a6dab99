package org.w3id.ckg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.w3id.ckg.model.Document;
import org.w3id.ckg.model.Sentence;
import org.w3id.ckg.model.Token;

/**
 * Sentences and tokens by Apache OpenNLP's English models (Universal Dependencies EWT, from the
 * opennlp-models artifacts on Maven Central), with offsets in the document text. A heading is a
 * sentence of its own. Models are loaded once; a splitter is for one thread at a time.
 */
public final class SentenceSplitter {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private static final class Models {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        // The same statistical model, told to leave purely alphanumeric tokens whole without asking it:
        // OpenNLP's alphanumeric optimisation, which makes tokenising several times faster.
        static final TokenizerModel TOKENS = alphanumericOptimised(load(TOKEN_MODEL, TokenizerModel::new));
    }

    private static TokenizerModel alphanumericOptimised(TokenizerModel m) {
        TokenizerFactory f = new TokenizerFactory(m.getLanguage(), m.getFactory().getAbbreviationDictionary(), true, null);
        return new TokenizerModel(m.getMaxentModel(), java.util.Map.of(), f);
    }

    private interface ModelReader<M> { M read(InputStream in) throws IOException; }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }

    private final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCES);
    private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);

    public List<Sentence> split(Document doc) {
        List<Sentence> out = new ArrayList<>();
        for (Document.Span block : doc.blocks()) {
            String blockText = doc.text().substring(block.begin(), block.end());
            if (block.heading()) {
                out.add(sentence(out.size(), block.begin(), blockText, true));
                continue;
            }
            // Line breaks inside a paragraph are wrapping, not boundaries; same length keeps offsets.
            String flat = blockText.replace('\n', ' ').replace('\r', ' ');
            for (Span s : sentences.sentPosDetect(flat)) {
                // a "sentence" longer than any prose one (a table flattened, a page without full stops) is cut into
                // pieces, so that the work for one sentence stays bounded and a long text costs what its length says
                for (int from = s.getStart(); from < s.getEnd(); ) {
                    int to = cut(flat, from, s.getEnd());
                    String t = flat.substring(from, to);
                    if (!t.isBlank()) out.add(sentence(out.size(), block.begin() + from, t, false));
                    from = to;
                }
            }
        }
        return out;
    }

    static final int MAX_SENTENCE = 1000;

    /** Where a piece of the sentence [from, end) ends: the end itself, or the last comma or space before the limit. */
    static int cut(String text, int from, int end) {
        if (end - from <= MAX_SENTENCE) return end;
        int limit = from + MAX_SENTENCE;
        for (int i = limit; i > from + MAX_SENTENCE / 2; i--) if (text.charAt(i - 1) == ',' || text.charAt(i - 1) == ';') return i;
        for (int i = limit; i > from + MAX_SENTENCE / 2; i--) if (Character.isWhitespace(text.charAt(i - 1))) return i;
        return limit;
    }

    /**
     * OpenNLP's tokenizer cuts each white-space-separated word on its own, by the word's characters
     * alone, so a word it has cut before is cut the same way again. Newswire repeats its words
     * ("dlrs.", "1,234", "(Reuters)") so often that remembering the cuts spares most of the model's work;
     * the memory is emptied when it grows large, so it stays bounded.
     */
    private final java.util.Map<String, Span[]> cuts = new java.util.HashMap<>();
    private static final int MAX_CUTS = 50_000;

    private Sentence sentence(int index, int begin, String text, boolean heading) {
        List<Token> tokens = new ArrayList<>();
        for (Span w : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            String word = text.substring(w.getStart(), w.getEnd());
            Span[] parts = cuts.get(word);
            if (parts == null) {
                if (cuts.size() >= MAX_CUTS) cuts.clear();
                cuts.put(word, parts = tokenizer.tokenizePos(word));
            }
            for (Span t : parts) {
                int from = w.getStart() + t.getStart(), to = w.getStart() + t.getEnd();
                tokens.add(new Token(text.substring(from, to), begin + from, begin + to));
            }
        }
        return new Sentence(index, begin, begin + text.length(), text, List.copyOf(tokens), heading);
    }
}
