<?php

/** @generate-class-entries */

/* The constants of PHP 8.2, 8.4 and 8.5, each version's in the order its
 * bundled module registers them: a constant that a later version added stands
 * where that version put it, inside an #if on PHP_VERSION_ID. */

/**
 * @var int
 * @cvalue AF_UNIX
 */
const AF_UNIX = UNKNOWN;
/**
 * @var int
 * @cvalue AF_INET
 */
const AF_INET = UNKNOWN;
/**
 * @var int
 * @cvalue AF_INET6
 */
const AF_INET6 = UNKNOWN;
#if PHP_VERSION_ID >= 80500
/**
 * @var int
 * @cvalue AF_PACKET
 */
const AF_PACKET = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SOCK_STREAM
 */
const SOCK_STREAM = UNKNOWN;
/**
 * @var int
 * @cvalue SOCK_DGRAM
 */
const SOCK_DGRAM = UNKNOWN;
/**
 * @var int
 * @cvalue SOCK_RAW
 */
const SOCK_RAW = UNKNOWN;
/**
 * @var int
 * @cvalue SOCK_SEQPACKET
 */
const SOCK_SEQPACKET = UNKNOWN;
/**
 * @var int
 * @cvalue SOCK_RDM
 */
const SOCK_RDM = UNKNOWN;
#if PHP_VERSION_ID >= 80400
/**
 * @var int
 * @cvalue SOCK_DCCP
 */
const SOCK_DCCP = UNKNOWN;
/**
 * @var int
 * @cvalue SOCK_CLOEXEC
 */
const SOCK_CLOEXEC = UNKNOWN;
/**
 * @var int
 * @cvalue SOCK_NONBLOCK
 */
const SOCK_NONBLOCK = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue MSG_OOB
 */
const MSG_OOB = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_WAITALL
 */
const MSG_WAITALL = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_CTRUNC
 */
const MSG_CTRUNC = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_TRUNC
 */
const MSG_TRUNC = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_PEEK
 */
const MSG_PEEK = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_DONTROUTE
 */
const MSG_DONTROUTE = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_EOR
 */
const MSG_EOR = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_EOF
 */
const MSG_EOF = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_CONFIRM
 */
const MSG_CONFIRM = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_ERRQUEUE
 */
const MSG_ERRQUEUE = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_NOSIGNAL
 */
const MSG_NOSIGNAL = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_DONTWAIT
 */
const MSG_DONTWAIT = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_MORE
 */
const MSG_MORE = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_WAITFORONE
 */
const MSG_WAITFORONE = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_CMSG_CLOEXEC
 */
const MSG_CMSG_CLOEXEC = UNKNOWN;
/**
 * @var int
 * @cvalue MSG_ZEROCOPY
 */
const MSG_ZEROCOPY = UNKNOWN;
/**
 * @var int
 * @cvalue SO_DEBUG
 */
const SO_DEBUG = UNKNOWN;
/**
 * @var int
 * @cvalue SO_REUSEADDR
 */
const SO_REUSEADDR = UNKNOWN;
/**
 * @var int
 * @cvalue SO_REUSEPORT
 */
const SO_REUSEPORT = UNKNOWN;
/**
 * @var int
 * @cvalue SO_KEEPALIVE
 */
const SO_KEEPALIVE = UNKNOWN;
/**
 * @var int
 * @cvalue SO_DONTROUTE
 */
const SO_DONTROUTE = UNKNOWN;
/**
 * @var int
 * @cvalue SO_LINGER
 */
const SO_LINGER = UNKNOWN;
/**
 * @var int
 * @cvalue SO_BROADCAST
 */
const SO_BROADCAST = UNKNOWN;
/**
 * @var int
 * @cvalue SO_OOBINLINE
 */
const SO_OOBINLINE = UNKNOWN;
/**
 * @var int
 * @cvalue SO_SNDBUF
 */
const SO_SNDBUF = UNKNOWN;
/**
 * @var int
 * @cvalue SO_RCVBUF
 */
const SO_RCVBUF = UNKNOWN;
/**
 * @var int
 * @cvalue SO_SNDLOWAT
 */
const SO_SNDLOWAT = UNKNOWN;
/**
 * @var int
 * @cvalue SO_RCVLOWAT
 */
const SO_RCVLOWAT = UNKNOWN;
/**
 * @var int
 * @cvalue SO_SNDTIMEO
 */
const SO_SNDTIMEO = UNKNOWN;
/**
 * @var int
 * @cvalue SO_RCVTIMEO
 */
const SO_RCVTIMEO = UNKNOWN;
/**
 * @var int
 * @cvalue SO_TYPE
 */
const SO_TYPE = UNKNOWN;
/**
 * @var int
 * @cvalue SO_ERROR
 */
const SO_ERROR = UNKNOWN;
/**
 * @var int
 * @cvalue SO_BINDTODEVICE
 */
const SO_BINDTODEVICE = UNKNOWN;
#if PHP_VERSION_ID >= 80400
/**
 * @var int
 * @cvalue SO_BINDTOIFINDEX
 */
const SO_BINDTOIFINDEX = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SOL_SOCKET
 */
const SOL_SOCKET = UNKNOWN;
/**
 * @var int
 * @cvalue SOMAXCONN
 */
const SOMAXCONN = UNKNOWN;
/**
 * @var int
 * @cvalue SO_MARK
 */
const SO_MARK = UNKNOWN;
/**
 * @var int
 * @cvalue SO_INCOMING_CPU
 */
const SO_INCOMING_CPU = UNKNOWN;
/**
 * @var int
 * @cvalue SO_MEMINFO
 */
const SO_MEMINFO = UNKNOWN;
/**
 * @var int
 * @cvalue SO_BPF_EXTENSIONS
 */
const SO_BPF_EXTENSIONS = UNKNOWN;
#if PHP_VERSION_ID >= 80500
/**
 * @var int
 * @cvalue SO_BUSY_POLL
 */
const SO_BUSY_POLL = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SKF_AD_OFF
 */
const SKF_AD_OFF = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_PROTOCOL
 */
const SKF_AD_PROTOCOL = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_PKTTYPE
 */
const SKF_AD_PKTTYPE = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_IFINDEX
 */
const SKF_AD_IFINDEX = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_NLATTR
 */
const SKF_AD_NLATTR = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_NLATTR_NEST
 */
const SKF_AD_NLATTR_NEST = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_MARK
 */
const SKF_AD_MARK = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_QUEUE
 */
const SKF_AD_QUEUE = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_HATYPE
 */
const SKF_AD_HATYPE = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_RXHASH
 */
const SKF_AD_RXHASH = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_CPU
 */
const SKF_AD_CPU = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_ALU_XOR_X
 */
const SKF_AD_ALU_XOR_X = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_VLAN_TAG
 */
const SKF_AD_VLAN_TAG = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_VLAN_TAG_PRESENT
 */
const SKF_AD_VLAN_TAG_PRESENT = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_PAY_OFFSET
 */
const SKF_AD_PAY_OFFSET = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_RANDOM
 */
const SKF_AD_RANDOM = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_VLAN_TPID
 */
const SKF_AD_VLAN_TPID = UNKNOWN;
/**
 * @var int
 * @cvalue SKF_AD_MAX
 */
const SKF_AD_MAX = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_CONGESTION
 */
const TCP_CONGESTION = UNKNOWN;
#if PHP_VERSION_ID >= 80400
/**
 * @var int
 * @cvalue TCP_SYNCNT
 */
const TCP_SYNCNT = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SO_ZEROCOPY
 */
const SO_ZEROCOPY = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_NODELAY
 */
const TCP_NODELAY = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_NOTSENT_LOWAT
 */
const TCP_NOTSENT_LOWAT = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_DEFER_ACCEPT
 */
const TCP_DEFER_ACCEPT = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_KEEPIDLE
 */
const TCP_KEEPIDLE = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_KEEPINTVL
 */
const TCP_KEEPINTVL = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_KEEPCNT
 */
const TCP_KEEPCNT = UNKNOWN;
/**
 * @var int
 * @cvalue PHP_NORMAL_READ
 */
const PHP_NORMAL_READ = UNKNOWN;
/**
 * @var int
 * @cvalue PHP_BINARY_READ
 */
const PHP_BINARY_READ = UNKNOWN;
/**
 * @var int
 * @cvalue MCAST_JOIN_GROUP
 */
const MCAST_JOIN_GROUP = UNKNOWN;
/**
 * @var int
 * @cvalue MCAST_LEAVE_GROUP
 */
const MCAST_LEAVE_GROUP = UNKNOWN;
/**
 * @var int
 * @cvalue MCAST_BLOCK_SOURCE
 */
const MCAST_BLOCK_SOURCE = UNKNOWN;
/**
 * @var int
 * @cvalue MCAST_UNBLOCK_SOURCE
 */
const MCAST_UNBLOCK_SOURCE = UNKNOWN;
/**
 * @var int
 * @cvalue MCAST_JOIN_SOURCE_GROUP
 */
const MCAST_JOIN_SOURCE_GROUP = UNKNOWN;
/**
 * @var int
 * @cvalue MCAST_LEAVE_SOURCE_GROUP
 */
const MCAST_LEAVE_SOURCE_GROUP = UNKNOWN;
/**
 * @var int
 * @cvalue IP_MULTICAST_IF
 */
const IP_MULTICAST_IF = UNKNOWN;
/**
 * @var int
 * @cvalue IP_MULTICAST_TTL
 */
const IP_MULTICAST_TTL = UNKNOWN;
/**
 * @var int
 * @cvalue IP_MULTICAST_LOOP
 */
const IP_MULTICAST_LOOP = UNKNOWN;
#if PHP_VERSION_ID >= 80400
/**
 * @var int
 * @cvalue IP_BIND_ADDRESS_NO_PORT
 */
const IP_BIND_ADDRESS_NO_PORT = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue IPV6_MULTICAST_IF
 */
const IPV6_MULTICAST_IF = UNKNOWN;
/**
 * @var int
 * @cvalue IPV6_MULTICAST_HOPS
 */
const IPV6_MULTICAST_HOPS = UNKNOWN;
/**
 * @var int
 * @cvalue IPV6_MULTICAST_LOOP
 */
const IPV6_MULTICAST_LOOP = UNKNOWN;
/**
 * @var int
 * @cvalue IPV6_V6ONLY
 */
const IPV6_V6ONLY = UNKNOWN;
/**
 * @var int
 * @cvalue EPERM
 */
const SOCKET_EPERM = UNKNOWN;
/**
 * @var int
 * @cvalue ENOENT
 */
const SOCKET_ENOENT = UNKNOWN;
/**
 * @var int
 * @cvalue EINTR
 */
const SOCKET_EINTR = UNKNOWN;
/**
 * @var int
 * @cvalue EIO
 */
const SOCKET_EIO = UNKNOWN;
/**
 * @var int
 * @cvalue ENXIO
 */
const SOCKET_ENXIO = UNKNOWN;
/**
 * @var int
 * @cvalue E2BIG
 */
const SOCKET_E2BIG = UNKNOWN;
/**
 * @var int
 * @cvalue EBADF
 */
const SOCKET_EBADF = UNKNOWN;
/**
 * @var int
 * @cvalue EAGAIN
 */
const SOCKET_EAGAIN = UNKNOWN;
/**
 * @var int
 * @cvalue ENOMEM
 */
const SOCKET_ENOMEM = UNKNOWN;
/**
 * @var int
 * @cvalue EACCES
 */
const SOCKET_EACCES = UNKNOWN;
/**
 * @var int
 * @cvalue EFAULT
 */
const SOCKET_EFAULT = UNKNOWN;
/**
 * @var int
 * @cvalue ENOTBLK
 */
const SOCKET_ENOTBLK = UNKNOWN;
/**
 * @var int
 * @cvalue EBUSY
 */
const SOCKET_EBUSY = UNKNOWN;
/**
 * @var int
 * @cvalue EEXIST
 */
const SOCKET_EEXIST = UNKNOWN;
/**
 * @var int
 * @cvalue EXDEV
 */
const SOCKET_EXDEV = UNKNOWN;
/**
 * @var int
 * @cvalue ENODEV
 */
const SOCKET_ENODEV = UNKNOWN;
/**
 * @var int
 * @cvalue ENOTDIR
 */
const SOCKET_ENOTDIR = UNKNOWN;
/**
 * @var int
 * @cvalue EISDIR
 */
const SOCKET_EISDIR = UNKNOWN;
/**
 * @var int
 * @cvalue EINVAL
 */
const SOCKET_EINVAL = UNKNOWN;
/**
 * @var int
 * @cvalue ENFILE
 */
const SOCKET_ENFILE = UNKNOWN;
/**
 * @var int
 * @cvalue EMFILE
 */
const SOCKET_EMFILE = UNKNOWN;
/**
 * @var int
 * @cvalue ENOTTY
 */
const SOCKET_ENOTTY = UNKNOWN;
/**
 * @var int
 * @cvalue ENOSPC
 */
const SOCKET_ENOSPC = UNKNOWN;
/**
 * @var int
 * @cvalue ESPIPE
 */
const SOCKET_ESPIPE = UNKNOWN;
/**
 * @var int
 * @cvalue EROFS
 */
const SOCKET_EROFS = UNKNOWN;
/**
 * @var int
 * @cvalue EMLINK
 */
const SOCKET_EMLINK = UNKNOWN;
/**
 * @var int
 * @cvalue EPIPE
 */
const SOCKET_EPIPE = UNKNOWN;
/**
 * @var int
 * @cvalue ENAMETOOLONG
 */
const SOCKET_ENAMETOOLONG = UNKNOWN;
/**
 * @var int
 * @cvalue ENOLCK
 */
const SOCKET_ENOLCK = UNKNOWN;
/**
 * @var int
 * @cvalue ENOSYS
 */
const SOCKET_ENOSYS = UNKNOWN;
/**
 * @var int
 * @cvalue ENOTEMPTY
 */
const SOCKET_ENOTEMPTY = UNKNOWN;
/**
 * @var int
 * @cvalue ELOOP
 */
const SOCKET_ELOOP = UNKNOWN;
/**
 * @var int
 * @cvalue EWOULDBLOCK
 */
const SOCKET_EWOULDBLOCK = UNKNOWN;
/**
 * @var int
 * @cvalue ENOMSG
 */
const SOCKET_ENOMSG = UNKNOWN;
/**
 * @var int
 * @cvalue EIDRM
 */
const SOCKET_EIDRM = UNKNOWN;
/**
 * @var int
 * @cvalue ECHRNG
 */
const SOCKET_ECHRNG = UNKNOWN;
/**
 * @var int
 * @cvalue EL2NSYNC
 */
const SOCKET_EL2NSYNC = UNKNOWN;
/**
 * @var int
 * @cvalue EL3HLT
 */
const SOCKET_EL3HLT = UNKNOWN;
/**
 * @var int
 * @cvalue EL3RST
 */
const SOCKET_EL3RST = UNKNOWN;
/**
 * @var int
 * @cvalue ELNRNG
 */
const SOCKET_ELNRNG = UNKNOWN;
/**
 * @var int
 * @cvalue EUNATCH
 */
const SOCKET_EUNATCH = UNKNOWN;
/**
 * @var int
 * @cvalue ENOCSI
 */
const SOCKET_ENOCSI = UNKNOWN;
/**
 * @var int
 * @cvalue EL2HLT
 */
const SOCKET_EL2HLT = UNKNOWN;
/**
 * @var int
 * @cvalue EBADE
 */
const SOCKET_EBADE = UNKNOWN;
/**
 * @var int
 * @cvalue EBADR
 */
const SOCKET_EBADR = UNKNOWN;
/**
 * @var int
 * @cvalue EXFULL
 */
const SOCKET_EXFULL = UNKNOWN;
/**
 * @var int
 * @cvalue ENOANO
 */
const SOCKET_ENOANO = UNKNOWN;
/**
 * @var int
 * @cvalue EBADRQC
 */
const SOCKET_EBADRQC = UNKNOWN;
/**
 * @var int
 * @cvalue EBADSLT
 */
const SOCKET_EBADSLT = UNKNOWN;
/**
 * @var int
 * @cvalue ENOSTR
 */
const SOCKET_ENOSTR = UNKNOWN;
/**
 * @var int
 * @cvalue ENODATA
 */
const SOCKET_ENODATA = UNKNOWN;
/**
 * @var int
 * @cvalue ETIME
 */
const SOCKET_ETIME = UNKNOWN;
/**
 * @var int
 * @cvalue ENOSR
 */
const SOCKET_ENOSR = UNKNOWN;
/**
 * @var int
 * @cvalue ENONET
 */
const SOCKET_ENONET = UNKNOWN;
/**
 * @var int
 * @cvalue EREMOTE
 */
const SOCKET_EREMOTE = UNKNOWN;
/**
 * @var int
 * @cvalue ENOLINK
 */
const SOCKET_ENOLINK = UNKNOWN;
/**
 * @var int
 * @cvalue EADV
 */
const SOCKET_EADV = UNKNOWN;
/**
 * @var int
 * @cvalue ESRMNT
 */
const SOCKET_ESRMNT = UNKNOWN;
/**
 * @var int
 * @cvalue ECOMM
 */
const SOCKET_ECOMM = UNKNOWN;
/**
 * @var int
 * @cvalue EPROTO
 */
const SOCKET_EPROTO = UNKNOWN;
/**
 * @var int
 * @cvalue EMULTIHOP
 */
const SOCKET_EMULTIHOP = UNKNOWN;
/**
 * @var int
 * @cvalue EBADMSG
 */
const SOCKET_EBADMSG = UNKNOWN;
/**
 * @var int
 * @cvalue ENOTUNIQ
 */
const SOCKET_ENOTUNIQ = UNKNOWN;
/**
 * @var int
 * @cvalue EBADFD
 */
const SOCKET_EBADFD = UNKNOWN;
/**
 * @var int
 * @cvalue EREMCHG
 */
const SOCKET_EREMCHG = UNKNOWN;
/**
 * @var int
 * @cvalue ERESTART
 */
const SOCKET_ERESTART = UNKNOWN;
/**
 * @var int
 * @cvalue ESTRPIPE
 */
const SOCKET_ESTRPIPE = UNKNOWN;
/**
 * @var int
 * @cvalue EUSERS
 */
const SOCKET_EUSERS = UNKNOWN;
/**
 * @var int
 * @cvalue ENOTSOCK
 */
const SOCKET_ENOTSOCK = UNKNOWN;
/**
 * @var int
 * @cvalue EDESTADDRREQ
 */
const SOCKET_EDESTADDRREQ = UNKNOWN;
/**
 * @var int
 * @cvalue EMSGSIZE
 */
const SOCKET_EMSGSIZE = UNKNOWN;
/**
 * @var int
 * @cvalue EPROTOTYPE
 */
const SOCKET_EPROTOTYPE = UNKNOWN;
/**
 * @var int
 * @cvalue ENOPROTOOPT
 */
const SOCKET_ENOPROTOOPT = UNKNOWN;
/**
 * @var int
 * @cvalue EPROTONOSUPPORT
 */
const SOCKET_EPROTONOSUPPORT = UNKNOWN;
/**
 * @var int
 * @cvalue ESOCKTNOSUPPORT
 */
const SOCKET_ESOCKTNOSUPPORT = UNKNOWN;
/**
 * @var int
 * @cvalue EOPNOTSUPP
 */
const SOCKET_EOPNOTSUPP = UNKNOWN;
/**
 * @var int
 * @cvalue EPFNOSUPPORT
 */
const SOCKET_EPFNOSUPPORT = UNKNOWN;
/**
 * @var int
 * @cvalue EAFNOSUPPORT
 */
const SOCKET_EAFNOSUPPORT = UNKNOWN;
/**
 * @var int
 * @cvalue EADDRINUSE
 */
const SOCKET_EADDRINUSE = UNKNOWN;
/**
 * @var int
 * @cvalue EADDRNOTAVAIL
 */
const SOCKET_EADDRNOTAVAIL = UNKNOWN;
/**
 * @var int
 * @cvalue ENETDOWN
 */
const SOCKET_ENETDOWN = UNKNOWN;
/**
 * @var int
 * @cvalue ENETUNREACH
 */
const SOCKET_ENETUNREACH = UNKNOWN;
/**
 * @var int
 * @cvalue ENETRESET
 */
const SOCKET_ENETRESET = UNKNOWN;
/**
 * @var int
 * @cvalue ECONNABORTED
 */
const SOCKET_ECONNABORTED = UNKNOWN;
/**
 * @var int
 * @cvalue ECONNRESET
 */
const SOCKET_ECONNRESET = UNKNOWN;
/**
 * @var int
 * @cvalue ENOBUFS
 */
const SOCKET_ENOBUFS = UNKNOWN;
/**
 * @var int
 * @cvalue EISCONN
 */
const SOCKET_EISCONN = UNKNOWN;
/**
 * @var int
 * @cvalue ENOTCONN
 */
const SOCKET_ENOTCONN = UNKNOWN;
/**
 * @var int
 * @cvalue ESHUTDOWN
 */
const SOCKET_ESHUTDOWN = UNKNOWN;
/**
 * @var int
 * @cvalue ETOOMANYREFS
 */
const SOCKET_ETOOMANYREFS = UNKNOWN;
/**
 * @var int
 * @cvalue ETIMEDOUT
 */
const SOCKET_ETIMEDOUT = UNKNOWN;
/**
 * @var int
 * @cvalue ECONNREFUSED
 */
const SOCKET_ECONNREFUSED = UNKNOWN;
/**
 * @var int
 * @cvalue EHOSTDOWN
 */
const SOCKET_EHOSTDOWN = UNKNOWN;
/**
 * @var int
 * @cvalue EHOSTUNREACH
 */
const SOCKET_EHOSTUNREACH = UNKNOWN;
/**
 * @var int
 * @cvalue EALREADY
 */
const SOCKET_EALREADY = UNKNOWN;
/**
 * @var int
 * @cvalue EINPROGRESS
 */
const SOCKET_EINPROGRESS = UNKNOWN;
/**
 * @var int
 * @cvalue EISNAM
 */
const SOCKET_EISNAM = UNKNOWN;
/**
 * @var int
 * @cvalue EREMOTEIO
 */
const SOCKET_EREMOTEIO = UNKNOWN;
/**
 * @var int
 * @cvalue EDQUOT
 */
const SOCKET_EDQUOT = UNKNOWN;
/**
 * @var int
 * @cvalue ENOMEDIUM
 */
const SOCKET_ENOMEDIUM = UNKNOWN;
/**
 * @var int
 * @cvalue EMEDIUMTYPE
 */
const SOCKET_EMEDIUMTYPE = UNKNOWN;
/**
 * @var int
 * @cvalue IPPROTO_IP
 */
const IPPROTO_IP = UNKNOWN;
/**
 * @var int
 * @cvalue IPPROTO_IPV6
 */
const IPPROTO_IPV6 = UNKNOWN;
/**
 * @var int
 * @cvalue SOL_TCP
 */
const SOL_TCP = UNKNOWN;
/**
 * @var int
 * @cvalue SOL_UDP
 */
const SOL_UDP = UNKNOWN;
#if PHP_VERSION_ID >= 80400
/**
 * @var int
 * @cvalue SOL_UDPLITE
 */
const SOL_UDPLITE = UNKNOWN;
#endif
#if PHP_VERSION_ID >= 80500
/**
 * @var int
 * @cvalue IPPROTO_ICMP
 */
const IPPROTO_ICMP = UNKNOWN;
/**
 * @var int
 * @cvalue IPPROTO_ICMPV6
 */
const IPPROTO_ICMPV6 = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue IPV6_UNICAST_HOPS
 */
const IPV6_UNICAST_HOPS = UNKNOWN;
/**
 * @var int
 * @cvalue AI_PASSIVE
 */
const AI_PASSIVE = UNKNOWN;
/**
 * @var int
 * @cvalue AI_CANONNAME
 */
const AI_CANONNAME = UNKNOWN;
/**
 * @var int
 * @cvalue AI_NUMERICHOST
 */
const AI_NUMERICHOST = UNKNOWN;
/**
 * @var int
 * @cvalue AI_V4MAPPED
 */
const AI_V4MAPPED = UNKNOWN;
/**
 * @var int
 * @cvalue AI_ALL
 */
const AI_ALL = UNKNOWN;
/**
 * @var int
 * @cvalue AI_ADDRCONFIG
 */
const AI_ADDRCONFIG = UNKNOWN;
/**
 * @var int
 * @cvalue AI_IDN
 */
const AI_IDN = UNKNOWN;
/**
 * @var int
 * @cvalue AI_CANONIDN
 */
const AI_CANONIDN = UNKNOWN;
/**
 * @var int
 * @cvalue AI_NUMERICSERV
 */
const AI_NUMERICSERV = UNKNOWN;
/**
 * @var int
 * @cvalue IPV6_RECVPKTINFO
 */
const IPV6_RECVPKTINFO = UNKNOWN;
/**
 * @var int
 * @cvalue IPV6_PKTINFO
 */
const IPV6_PKTINFO = UNKNOWN;
/**
 * @var int
 * @cvalue IPV6_RECVHOPLIMIT
 */
const IPV6_RECVHOPLIMIT = UNKNOWN;
/**
 * @var int
 * @cvalue IPV6_HOPLIMIT
 */
const IPV6_HOPLIMIT = UNKNOWN;
/**
 * @var int
 * @cvalue IPV6_RECVTCLASS
 */
const IPV6_RECVTCLASS = UNKNOWN;
/**
 * @var int
 * @cvalue IPV6_TCLASS
 */
const IPV6_TCLASS = UNKNOWN;
/**
 * @var int
 * @cvalue SCM_RIGHTS
 */
const SCM_RIGHTS = UNKNOWN;
/**
 * @var int
 * @cvalue SCM_CREDENTIALS
 */
const SCM_CREDENTIALS = UNKNOWN;
/**
 * @var int
 * @cvalue SO_PASSCRED
 */
const SO_PASSCRED = UNKNOWN;
#if PHP_VERSION_ID >= 80400
/**
 * @var int
 * @cvalue SO_ATTACH_REUSEPORT_CBPF
 */
const SO_ATTACH_REUSEPORT_CBPF = UNKNOWN;
/**
 * @var int
 * @cvalue SO_DETACH_FILTER
 */
const SO_DETACH_FILTER = UNKNOWN;
/**
 * @var int
 * @cvalue SO_DETACH_BPF
 */
const SO_DETACH_BPF = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_QUICKACK
 */
const TCP_QUICKACK = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_REPAIR
 */
const TCP_REPAIR = UNKNOWN;
/**
 * @var int
 * @cvalue IP_MTU_DISCOVER
 */
const IP_MTU_DISCOVER = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_DO
 */
const IP_PMTUDISC_DO = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_DONT
 */
const IP_PMTUDISC_DONT = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_WANT
 */
const IP_PMTUDISC_WANT = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_PROBE
 */
const IP_PMTUDISC_PROBE = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_INTERFACE
 */
const IP_PMTUDISC_INTERFACE = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_OMIT
 */
const IP_PMTUDISC_OMIT = UNKNOWN;
#endif
#if PHP_VERSION_ID >= 80500
/**
 * @var int
 * @cvalue ETH_P_IP
 */
const ETH_P_IP = UNKNOWN;
/**
 * @var int
 * @cvalue ETH_P_IPV6
 */
const ETH_P_IPV6 = UNKNOWN;
/**
 * @var int
 * @cvalue ETH_P_LOOP
 */
const ETH_P_LOOP = UNKNOWN;
/**
 * @var int
 * @cvalue ETH_P_ALL
 */
const ETH_P_ALL = UNKNOWN;
/**
 * @var int
 * @cvalue UDP_SEGMENT
 */
const UDP_SEGMENT = UNKNOWN;
/**
 * @var int
 * @cvalue SHUT_RD
 */
const SHUT_RD = UNKNOWN;
/**
 * @var int
 * @cvalue SHUT_WR
 */
const SHUT_WR = UNKNOWN;
/**
 * @var int
 * @cvalue SHUT_RDWR
 */
const SHUT_RDWR = UNKNOWN;
#endif

/* What PHP 8.4 and 8.5 added, given to the earlier versions too, after
 * that version's own constants. */

#if PHP_VERSION_ID < 80400
/**
 * @var int
 * @cvalue SOCK_DCCP
 */
const SOCK_DCCP = UNKNOWN;
/**
 * @var int
 * @cvalue SOCK_CLOEXEC
 */
const SOCK_CLOEXEC = UNKNOWN;
/**
 * @var int
 * @cvalue SOCK_NONBLOCK
 */
const SOCK_NONBLOCK = UNKNOWN;
/**
 * @var int
 * @cvalue SO_BINDTOIFINDEX
 */
const SO_BINDTOIFINDEX = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_SYNCNT
 */
const TCP_SYNCNT = UNKNOWN;
/**
 * @var int
 * @cvalue IP_BIND_ADDRESS_NO_PORT
 */
const IP_BIND_ADDRESS_NO_PORT = UNKNOWN;
/**
 * @var int
 * @cvalue SOL_UDPLITE
 */
const SOL_UDPLITE = UNKNOWN;
/**
 * @var int
 * @cvalue SO_ATTACH_REUSEPORT_CBPF
 */
const SO_ATTACH_REUSEPORT_CBPF = UNKNOWN;
/**
 * @var int
 * @cvalue SO_DETACH_FILTER
 */
const SO_DETACH_FILTER = UNKNOWN;
/**
 * @var int
 * @cvalue SO_DETACH_BPF
 */
const SO_DETACH_BPF = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_QUICKACK
 */
const TCP_QUICKACK = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_REPAIR
 */
const TCP_REPAIR = UNKNOWN;
/**
 * @var int
 * @cvalue IP_MTU_DISCOVER
 */
const IP_MTU_DISCOVER = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_DO
 */
const IP_PMTUDISC_DO = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_DONT
 */
const IP_PMTUDISC_DONT = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_WANT
 */
const IP_PMTUDISC_WANT = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_PROBE
 */
const IP_PMTUDISC_PROBE = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_INTERFACE
 */
const IP_PMTUDISC_INTERFACE = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PMTUDISC_OMIT
 */
const IP_PMTUDISC_OMIT = UNKNOWN;
#endif
#if PHP_VERSION_ID < 80500
/**
 * @var int
 * @cvalue AF_PACKET
 */
const AF_PACKET = UNKNOWN;
/**
 * @var int
 * @cvalue SO_BUSY_POLL
 */
const SO_BUSY_POLL = UNKNOWN;
/**
 * @var int
 * @cvalue IPPROTO_ICMP
 */
const IPPROTO_ICMP = UNKNOWN;
/**
 * @var int
 * @cvalue IPPROTO_ICMPV6
 */
const IPPROTO_ICMPV6 = UNKNOWN;
/**
 * @var int
 * @cvalue ETH_P_IP
 */
const ETH_P_IP = UNKNOWN;
/**
 * @var int
 * @cvalue ETH_P_IPV6
 */
const ETH_P_IPV6 = UNKNOWN;
/**
 * @var int
 * @cvalue ETH_P_LOOP
 */
const ETH_P_LOOP = UNKNOWN;
/**
 * @var int
 * @cvalue ETH_P_ALL
 */
const ETH_P_ALL = UNKNOWN;
/**
 * @var int
 * @cvalue UDP_SEGMENT
 */
const UDP_SEGMENT = UNKNOWN;
/**
 * @var int
 * @cvalue SHUT_RD
 */
const SHUT_RD = UNKNOWN;
/**
 * @var int
 * @cvalue SHUT_WR
 */
const SHUT_WR = UNKNOWN;
/**
 * @var int
 * @cvalue SHUT_RDWR
 */
const SHUT_RDWR = UNKNOWN;
#endif

/* Linux options that none of PHP 8.2, 8.4 and 8.5 defines: ours only. */

/**
 * @var int
 * @cvalue TCP_USER_TIMEOUT
 */
const TCP_USER_TIMEOUT = UNKNOWN;
/**
 * @var int
 * @cvalue UDPLITE_SEND_CSCOV
 */
const UDPLITE_SEND_CSCOV = UNKNOWN;
/**
 * @var int
 * @cvalue UDPLITE_RECV_CSCOV
 */
const UDPLITE_RECV_CSCOV = UNKNOWN;
/**
 * @var int
 * @cvalue SO_INCOMING_NAPI_ID
 */
const SO_INCOMING_NAPI_ID = UNKNOWN;
/**
 * @var int
 * @cvalue SO_PEERCRED
 */
const SO_PEERCRED = UNKNOWN;
/**
 * @var int
 * @cvalue IP_TTL
 */
const IP_TTL = UNKNOWN;
/**
 * @var int
 * @cvalue IP_TOS
 */
const IP_TOS = UNKNOWN;
/**
 * @var int
 * @cvalue IP_PKTINFO
 */
const IP_PKTINFO = UNKNOWN;
/**
 * @var int
 * @cvalue IP_RECVERR
 */
const IP_RECVERR = UNKNOWN;
/**
 * @var int
 * @cvalue IP_FREEBIND
 */
const IP_FREEBIND = UNKNOWN;
/**
 * @var int
 * @cvalue IP_TRANSPARENT
 */
const IP_TRANSPARENT = UNKNOWN;
/**
 * @var int
 * @cvalue IPV6_RECVERR
 */
const IPV6_RECVERR = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_MAXSEG
 */
const TCP_MAXSEG = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_CORK
 */
const TCP_CORK = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_FASTOPEN
 */
const TCP_FASTOPEN = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_LINGER2
 */
const TCP_LINGER2 = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_WINDOW_CLAMP
 */
const TCP_WINDOW_CLAMP = UNKNOWN;
/**
 * @var int
 * @cvalue TCP_INFO
 */
const TCP_INFO = UNKNOWN;
/**
 * @var int
 * @cvalue SO_PRIORITY
 */
const SO_PRIORITY = UNKNOWN;
/**
 * @var int
 * @cvalue SO_PROTOCOL
 */
const SO_PROTOCOL = UNKNOWN;
/**
 * @var int
 * @cvalue SO_DOMAIN
 */
const SO_DOMAIN = UNKNOWN;
/**
 * @var int
 * @cvalue SO_RCVBUFFORCE
 */
const SO_RCVBUFFORCE = UNKNOWN;
/**
 * @var int
 * @cvalue SO_SNDBUFFORCE
 */
const SO_SNDBUFFORCE = UNKNOWN;
/**
 * @var int
 * @cvalue SO_PEEK_OFF
 */
const SO_PEEK_OFF = UNKNOWN;
/**
 * @var int
 * @cvalue SO_TIMESTAMP
 */
const SO_TIMESTAMP = UNKNOWN;

/**
 * @strict-properties
 * @not-serializable
 */
final class Socket
{
}

/**
 * @strict-properties
 * @not-serializable
 */
final class AddressInfo
{
}

/**
 * A vector of byte buffers for socket_readv() and socket_writev().
 *
 * @strict-properties
 * @not-serializable
 */
final class SocketIovec
{
}

/**
 * @param array|null $read
 * @param array|null $write
 * @param array|null $except
 */
function socket_select(?array &$read, ?array &$write, ?array &$except, ?int $seconds, int $microseconds = 0): int|false {}

/* PHP 8.4 made the default backlog SOMAXCONN. */
#if PHP_VERSION_ID >= 80400
function socket_create_listen(int $port, int $backlog = SOMAXCONN): Socket|false {}
#else
function socket_create_listen(int $port, int $backlog = 128): Socket|false {}
#endif

function socket_accept(Socket $socket): Socket|false {}

function socket_set_nonblock(Socket $socket): bool {}

function socket_set_block(Socket $socket): bool {}

function socket_listen(Socket $socket, int $backlog = 0): bool {}

function socket_close(Socket $socket): void {}

function socket_write(Socket $socket, string $data, ?int $length = null): int|false {}

function socket_read(Socket $socket, int $length, int $mode = PHP_BINARY_READ): string|false {}

/**
 * @param string $address
 * @param int $port
 */
function socket_getsockname(Socket $socket, &$address, &$port = null): bool {}

/**
 * @param string $address
 * @param int $port
 */
function socket_getpeername(Socket $socket, &$address, &$port = null): bool {}

function socket_create(int $domain, int $type, int $protocol): Socket|false {}

function socket_connect(Socket $socket, string $address, ?int $port = null): bool {}

function socket_strerror(int $error_code): string {}

function socket_bind(Socket $socket, string $address, int $port = 0): bool {}

/** @param string|null $data */
function socket_recv(Socket $socket, &$data, int $length, int $flags): int|false {}

function socket_send(Socket $socket, string $data, int $length, int $flags): int|false {}

/**
 * @param string $data
 * @param string $address
 * @param int $port
 */
function socket_recvfrom(Socket $socket, &$data, int $length, int $flags, &$address, &$port = null): int|false {}

function socket_sendto(Socket $socket, string $data, int $length, int $flags, string $address, ?int $port = null): int|false {}

function socket_get_option(Socket $socket, int $level, int $option): array|int|false {}

/** @alias socket_get_option */
function socket_getopt(Socket $socket, int $level, int $option): array|int|false {}

/** @param array|string|int $value */
function socket_set_option(Socket $socket, int $level, int $option, $value): bool {}

/**
 * @param array|string|int $value
 * @alias socket_set_option
 */
function socket_setopt(Socket $socket, int $level, int $option, $value): bool {}

/** @param array $pair */
function socket_create_pair(int $domain, int $type, int $protocol, &$pair): bool {}

function socket_shutdown(Socket $socket, int $mode = 2): bool {}

/* PHP 8.3's, where 8.4 and 8.5 list it; ours on 8.2 too, after 8.2's own. */
#if PHP_VERSION_ID >= 80400
function socket_atmark(Socket $socket): bool {}
#endif

function socket_last_error(?Socket $socket = null): int {}

function socket_clear_error(?Socket $socket = null): void {}

/** @param resource $stream */
function socket_import_stream($stream): Socket|false {}

/** @return resource|false */
function socket_export_stream(Socket $socket) {}

function socket_sendmsg(Socket $socket, array $message, int $flags = 0): int|false {}

function socket_recvmsg(Socket $socket, array &$message, int $flags = 0): int|false {}

function socket_cmsg_space(int $level, int $type, int $num = 0): ?int {}

/**
 * @return array<int, AddressInfo>|false
 * @refcount 1
 */
function socket_addrinfo_lookup(string $host, ?string $service = null, array $hints = []): array|false {}

function socket_addrinfo_connect(AddressInfo $address): Socket|false {}

function socket_addrinfo_bind(AddressInfo $address): Socket|false {}

/**
 * @return array<string, int|string|array>
 * @refcount 1
 */
function socket_addrinfo_explain(AddressInfo $address): array {}

#if PHP_VERSION_ID < 80400
function socket_atmark(Socket $socket): bool {}
#endif

/* The vectored I/O of the PHP 4 manual, revived. */
function socket_iovec_alloc(int $count, int ...$lengths): SocketIovec {}

function socket_iovec_add(SocketIovec $iovec, int $length): bool {}

function socket_iovec_delete(SocketIovec $iovec, int $index): bool {}

function socket_iovec_fetch(SocketIovec $iovec, int $index): string {}

function socket_iovec_set(SocketIovec $iovec, int $index, string $data): bool {}

function socket_iovec_free(SocketIovec $iovec): bool {}

function socket_readv(Socket $socket, SocketIovec $iovec): int|false {}

function socket_writev(Socket $socket, SocketIovec $iovec): int|false {}
