package org.shuzhi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a benchmark ran on: CPU, cores, memory, JDK, OS. */
record MachineInfo(String cpu, int cores, long memoryMb, String jdk, String os, long maxHeapMb) {
    static MachineInfo current() {
        String cpu = "unknown";
        long memMb = -1;
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            cpu = lines.stream().filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(cpu);
            memMb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave what cannot be read as unknown
        }
        return new MachineInfo(cpu, Runtime.getRuntime().availableProcessors(), memMb,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
