import { cases } from '../cases/movement.ts';
import { opSuite } from '../helpers/op-suite.ts';

opSuite('movement', cases);
