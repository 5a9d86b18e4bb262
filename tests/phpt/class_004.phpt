--TEST--
Socket and AddressInfo: final, internal, no methods/properties, not extendable
--FILE--
<?php
foreach (['Socket', 'AddressInfo'] as $cls) {
    $r = new ReflectionClass($cls);
    echo $cls, ": final=", var_export($r->isFinal(), true),
        " internal=", var_export($r->isInternal(), true),
        " instantiable=", var_export($r->isInstantiable(), true),
        " cloneable=", var_export($r->isCloneable(), true),
        " abstract=", var_export($r->isAbstract(), true),
        " ext=", $r->getExtensionName(),
        " parent=", var_export($r->getParentClass(), true),
        " interfaces=", count($r->getInterfaceNames()),
        " methods=", count($r->getMethods()),
        " properties=", count($r->getProperties()),
        " constants=", count($r->getConstants()),
        " ctor=", var_export($r->getConstructor(), true), "\n";
}
try {
    eval('class MySocket extends Socket {}');
} catch (Throwable $e) {
    echo "unreachable\n";
}
?>
--EXPECTF--
Socket: final=true internal=true instantiable=true cloneable=false abstract=false ext=sockets parent=false interfaces=0 methods=0 properties=0 constants=0 ctor=NULL
AddressInfo: final=true internal=true instantiable=true cloneable=false abstract=false ext=sockets parent=false interfaces=0 methods=0 properties=0 constants=0 ctor=NULL

Fatal error: Class MySocket cannot extend final class Socket in %s(%d) : eval()'d code on line 1
