// super.method() and super.prop: multi-level chains, super in static methods, super in an object-literal method after Object.setPrototypeOf.
class Logger {
  prefix(): string {
    return "[log]";
  }
  format(msg: string): string {
    return `${this.prefix()} ${msg}`;
  }
  static create(): string {
    return "Logger.create";
  }
}

class TimestampLogger extends Logger {
  prefix(): string {
    return super.prefix() + "[t=0]";
  }
  static create(): string {
    return "Timestamp(" + super.create() + ")";
  }
}

class LevelLogger extends TimestampLogger {
  level: string;
  constructor(level: string) {
    super();
    this.level = level;
  }
  prefix(): string {
    return super.prefix() + "[" + this.level + "]";
  }
  format(msg: string): string {
    return super.format(msg.toUpperCase()) + "!";
  }
  static create(): string {
    return "Level(" + super.create() + ")";
  }
}

const l = new LevelLogger("warn");
console.log(l.format("disk almost full"));
console.log(new TimestampLogger().format("x"));
console.log(LevelLogger.create());

// super.method uses the current this, so overridden methods lower down are still called.
class Base {
  name(): string {
    return "base";
  }
  hello(): string {
    return "hello from " + this.name();
  }
}
class Mid extends Base {
  hello(): string {
    return "mid: " + super.hello();
  }
}
class Leaf extends Mid {
  name(): string {
    return "leaf";
  }
}
console.log(new Leaf().hello());

// super in an object literal method.
const proto = {
  greet(): string {
    return "proto greet";
  },
};
const obj = {
  greet(): string {
    return "obj -> " + super.greet();
  },
};
Object.setPrototypeOf(obj, proto);
console.log(obj.greet());

// super property reads hit the prototype, not the instance.
class P {
  get tag(): string {
    return "P.tag";
  }
}
class Q extends P {
  get tag(): string {
    return "Q.tag+" + super.tag;
  }
}
console.log(new Q().tag);
