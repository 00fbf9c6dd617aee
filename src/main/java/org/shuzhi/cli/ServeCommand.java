package org.shuzhi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", description = "（尚未实现）")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("错误：serve 命令尚未实现");
        return 3;
    }
}
