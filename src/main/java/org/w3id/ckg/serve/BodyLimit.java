package org.w3id.ckg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over a size with 413: a declared length is checked before anything is
 * read, a body without one (chunked) is counted as it is read and cut off at the limit, so no
 * request can make the server buffer or parse an unbounded body.
 */
final class BodyLimit implements Filter {

    /** The service setting of {@code fuseki-config/ckg.ttl} that gives the limit. */
    static final String SETTING = "ckg:maxRequestBytes";

    private final long maxBytes;

    BodyLimit(long maxBytes) { this.maxBytes = maxBytes; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse answer)) {
            chain.doFilter(req, res);
            return;
        }
        if (http.getContentLengthLong() > maxBytes) {
            refuse(answer);
            return;
        }
        chain.doFilter(http.getContentLengthLong() < 0 ? new Counted(http, maxBytes) : http, res);
    }

    private void refuse(HttpServletResponse answer) throws IOException {
        answer.setStatus(413);
        answer.setContentType("text/plain;charset=utf-8");
        answer.setHeader("Connection", "close");
        answer.getWriter().println("request body over " + maxBytes + " bytes");
    }

    /** A request whose body is counted as it is read. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream in;

        Counted(HttpServletRequest r, long max) { super(r); this.max = max; }

        @Override public ServletInputStream getInputStream() throws IOException {
            if (in == null) in = new Limited(super.getInputStream(), max);
            return in;
        }

        @Override public BufferedReader getReader() throws IOException {
            String cs = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs)));
        }
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        Limited(ServletInputStream in, long max) { this.in = in; this.max = max; }

        private int count(int n) throws IOException {
            if (n > 0 && (read += n) > max) throw new IOException("request body over " + max + " bytes");
            return n;
        }

        @Override public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException { return count(in.read(b, off, len)); }
        @Override public boolean isFinished() { return in.isFinished(); }
        @Override public boolean isReady() { return in.isReady(); }
        @Override public void setReadListener(ReadListener l) { in.setReadListener(l); }
    }
}
