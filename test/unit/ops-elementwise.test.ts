import { cases } from '../cases/elementwise.ts';
import { opSuite } from '../helpers/op-suite.ts';

opSuite('elementwise', cases);
