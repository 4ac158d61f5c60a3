import { cases } from '../cases/linalg.ts';
import { opSuite } from '../helpers/op-suite.ts';

opSuite('linalg', cases);
