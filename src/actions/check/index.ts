import '../../compile-cache.js';
import { main } from './main.js';

await main();
