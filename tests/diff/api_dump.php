<?php
/* Prints the API of the loaded sockets module in a form two modules can be
 * diffed by: functions with full reflection, classes, constants in
 * registration order. Usage: php -n -d extension=... api_dump.php [consts|funcs|classes] */
$what = $argv[1] ?? 'all';
$ext = new ReflectionExtension('sockets');
function type_str(?ReflectionType $t): string { return $t === null ? '-' : (string)$t; }
if ($what === 'all' || $what === 'funcs') {
    foreach ($ext->getFunctions() as $f) {
        $ps = [];
        foreach ($f->getParameters() as $p) {
            $s = type_str($p->getType()) . ' ' . ($p->isPassedByReference() ? '&' : '') . ($p->isVariadic() ? '...' : '') . '$' . $p->getName();
            if ($p->isDefaultValueAvailable()) {
                $s .= ' = ' . ($p->isDefaultValueConstant() ? $p->getDefaultValueConstantName() : var_export($p->getDefaultValue(), true));
            }
            $s .= $p->isOptional() ? ' [opt]' : '';
            $ps[] = $s;
        }
        $attrs = array_map(fn($a) => '#[' . $a->getName() . (empty($a->getArguments()) ? '' : json_encode($a->getArguments())) . ']', $f->getAttributes());
        echo implode(' ', $attrs), ($attrs ? ' ' : ''), 'function ', $f->getName(), '(', implode(', ', $ps), '): ', type_str($f->getReturnType()),
            $f->isDeprecated() ? ' [deprecated]' : '', ' req=', $f->getNumberOfRequiredParameters(), "\n";
    }
}
if ($what === 'all' || $what === 'classes') {
    foreach ($ext->getClasses() as $c) {
        $mods = implode(' ', Reflection::getModifierNames($c->getModifiers()));
        $attrs = array_map(fn($a) => '#[' . $a->getName() . ']', $c->getAttributes());
        echo implode(' ', $attrs), ' ', $mods, ' class ', $c->getName(), ' parent=', var_export($c->getParentClass() ? $c->getParentClass()->getName() : false, true),
            ' interfaces=', implode(',', $c->getInterfaceNames()), ' methods=', implode(',', array_map(fn($m) => $m->getName(), $c->getMethods())),
            ' props=', implode(',', array_map(fn($p) => $p->getName(), $c->getProperties())),
            ' consts=', implode(',', array_keys($c->getConstants())), "\n";
    }
}
if ($what === 'all' || $what === 'consts') {
    foreach ($ext->getConstants() as $k => $v) echo "$k=", var_export($v, true), "\n";
}
