package org.shuzhi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "search", description = "（尚未实现）")
public final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("错误：search 命令尚未实现");
        return 3;
    }
}
