package org.w3id.ckg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "query", mixinStandardHelpOptions = true, description = "TODO")
public final class QueryCommand implements Callable<Integer> {
    @Override public Integer call() { return 0; }
}
