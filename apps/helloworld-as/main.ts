// Hello world in AssemblyScript, against stdlib/as/wasmos.ts.
import { println } from "../../stdlib/as/wasmos";

println("Hello, world from AssemblyScript!");
