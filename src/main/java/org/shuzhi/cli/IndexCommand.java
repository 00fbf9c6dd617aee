package org.shuzhi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "index", description = "（尚未实现）")
public final class IndexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("错误：index 命令尚未实现");
        return 3;
    }
}
