import { cases } from '../cases/reduce.ts';
import { opSuite } from '../helpers/op-suite.ts';

opSuite('reduce', cases);
