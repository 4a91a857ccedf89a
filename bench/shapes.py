"""The shapes of GraphML real tools write, at one size, deterministic (the
same bytes on every machine), for the load and save benchmark:

    python3 bench/shapes.py SHAPE N M OUT.graphml

    nx      NetworkX's write_graphml: ids are names (Cyrillic and Chinese
            place names with a number), keys d0.., two-space indentation,
            a double weight and a string mode per edge
    yed     yEd 3.x: graphics on every node (y:ShapeNode with geometry,
            fill, border, label, shape) and every edge (y:PolyLineEdge with
            path, line style, arrows, bend style), yEd's key set
    gephi   Gephi-style: float-looking ids ("12.0"), label and weight
            keys, viz:color, viz:position and viz:size children on every
            node (elements of another namespace, which readers skip),
            edge ids
    attrs30 30 string attributes per node, values of 40 to 120 characters

The edges join random pairs (a fixed seed); what is measured is reading
and writing the markup, not the graph's structure.
"""
import random
import sys

CYRILLIC = ["Алматы", "Ташкент", "Бишкек", "Душанбе", "Ашхабад", "Астана", "Актау", "Самарканд", "Бухара", "Ош"]
CHINESE = ["阿拉木图", "塔什干", "比什凯克", "杜尚别", "阿什哈巴德", "乌鲁木齐", "喀什", "兰州", "西安", "霍尔果斯"]
WORDS = ("corridor freight border terminal customs railway gauge ferry port logistics transit investment "
         "memorandum cooperation agreement bilateral ministry programme development bank loan grant").split()


def pairs(n, m, rnd):
    for _ in range(m):
        yield rnd.randrange(n), rnd.randrange(n)


def nx_shape(n, m, rnd, w):
    # byte for byte as NetworkX 2.8's write_graphml lays it out (keys in
    # reverse order, the first node on the graph's line)
    name = [("%s-%d" % (CYRILLIC[i % 10], i)) if i % 2 else ("%s-%d" % (CHINESE[i % 10], i)) for i in range(n)]
    w.write("<?xml version='1.0' encoding='utf-8'?>\n"
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
            '<key id="d2" for="edge" attr.name="mode" attr.type="string"/>\n'
            '<key id="d1" for="edge" attr.name="weight" attr.type="double"/>\n'
            '<key id="d0" for="node" attr.name="label" attr.type="string"/>\n'
            '<graph edgedefault="undirected">')
    for i in range(n):
        w.write('<node id="%s">\n  <data key="d0">%s</data>\n</node>\n' % (name[i], name[i].split("-")[0]))
    for a, b in pairs(n, m, rnd):
        w.write('<edge source="%s" target="%s">\n  <data key="d1">%s</data>\n  <data key="d2">rail</data>\n'
                '</edge>\n' % (name[a], name[b], repr(round(rnd.uniform(0.1, 100), 6))))
    w.write("</graph></graphml>")


def yed_shape(n, m, rnd, w):
    w.write('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" '
            'xmlns:sys="http://www.yworks.com/xml/yfiles-common/markup/primitives/2.0" '
            'xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" '
            'xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">\n'
            '  <!--Created by yEd 3.23.2-->\n'
            '  <key attr.name="Description" attr.type="string" for="graph" id="d0"/>\n'
            '  <key for="port" id="d1" yfiles.type="portgraphics"/>\n'
            '  <key for="port" id="d2" yfiles.type="portgeometry"/>\n'
            '  <key for="port" id="d3" yfiles.type="portuserdata"/>\n'
            '  <key attr.name="url" attr.type="string" for="node" id="d4"/>\n'
            '  <key attr.name="description" attr.type="string" for="node" id="d5"/>\n'
            '  <key for="node" id="d6" yfiles.type="nodegraphics"/>\n'
            '  <key for="graphml" id="d7" yfiles.type="resources"/>\n'
            '  <key attr.name="url" attr.type="string" for="edge" id="d8"/>\n'
            '  <key attr.name="description" attr.type="string" for="edge" id="d9"/>\n'
            '  <key for="edge" id="d10" yfiles.type="edgegraphics"/>\n'
            '  <graph edgedefault="directed" id="G">\n    <data key="d0"/>\n')
    for i in range(n):
        x, y = rnd.uniform(0, 5000), rnd.uniform(0, 5000)
        w.write('    <node id="n%d">\n      <data key="d6">\n        <y:ShapeNode>\n'
                '          <y:Geometry height="30.0" width="60.0" x="%.1f" y="%.1f"/>\n'
                '          <y:Fill color="#FFCC00" transparent="false"/>\n'
                '          <y:BorderStyle color="#000000" raised="false" type="line" width="1.0"/>\n'
                '          <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" '
                'fontSize="12" fontStyle="plain" hasBackgroundColor="false" hasLineColor="false" height="17.96875" '
                'horizontalTextPosition="center" iconTextGap="4" modelName="custom" textColor="#000000" '
                'verticalTextPosition="bottom" visible="true" width="38.0" x="11.0" xml:space="preserve" '
                'y="6.015625">Place %d<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel>'
                '<y:ModelParameter><y:SmartNodeLabelModelParameter labelRatioX="0.0" labelRatioY="0.0" '
                'nodeRatioX="0.0" nodeRatioY="0.0" offsetX="0.0" offsetY="0.0" upX="0.0" upY="-1.0"/>'
                '</y:ModelParameter></y:NodeLabel>\n'
                '          <y:Shape type="rectangle"/>\n        </y:ShapeNode>\n      </data>\n    </node>\n'
                % (i, x, y, i))
    for e, (a, b) in enumerate(pairs(n, m, rnd)):
        w.write('    <edge id="e%d" source="n%d" target="n%d">\n      <data key="d10">\n        <y:PolyLineEdge>\n'
                '          <y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0"/>\n'
                '          <y:LineStyle color="#000000" type="line" width="1.0"/>\n'
                '          <y:Arrows source="none" target="standard"/>\n'
                '          <y:BendStyle smoothed="false"/>\n        </y:PolyLineEdge>\n      </data>\n    </edge>\n'
                % (e, a, b))
    w.write('  </graph>\n  <data key="d7">\n    <y:Resources/>\n  </data>\n</graphml>\n')


def gephi_shape(n, m, rnd, w):
    w.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:viz="http://gexf.net/1.3/viz">\n'
            '<key attr.name="label" attr.type="string" for="node" id="label"/>\n'
            '<key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>\n'
            '<key attr.name="weight" attr.type="double" for="edge" id="weight"/>\n'
            '<key attr.name="modularity_class" attr.type="int" for="node" id="modularity_class"/>\n'
            '<graph edgedefault="undirected">\n')
    for i in range(n):
        w.write('<node id="%d.0">\n<data key="label">Place %d</data>\n<data key="modularity_class">%d</data>\n'
                '<viz:color r="%d" g="%d" b="%d"/>\n<viz:position x="%.4f" y="%.4f" z="0.0"/>\n'
                '<viz:size value="%.4f"/>\n</node>\n'
                % (i, i, i % 17, rnd.randrange(256), rnd.randrange(256), rnd.randrange(256),
                   rnd.uniform(-2000, 2000), rnd.uniform(-2000, 2000), rnd.uniform(5, 40)))
    for e, (a, b) in enumerate(pairs(n, m, rnd)):
        w.write('<edge id="%d" source="%d.0" target="%d.0">\n<data key="weight">%.1f</data>\n</edge>\n'
                % (e, a, b, rnd.choice((1.0, 2.0, 3.0))))
    w.write("</graph>\n</graphml>\n")


def attrs30_shape(n, m, rnd, w):
    w.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for k in range(30):
        w.write('<key id="a%d" for="node" attr.name="field_%d" attr.type="string"/>\n' % (k, k))
    w.write('<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n<graph edgedefault="directed">\n')
    for i in range(n):
        w.write('<node id="n%d">' % i)
        for k in range(30):
            words = []
            while sum(len(x) + 1 for x in words) < rnd.randint(40, 120):
                words.append(rnd.choice(WORDS))
            w.write('<data key="a%d">%s</data>' % (k, " ".join(words)))
        w.write("</node>\n")
    for a, b in pairs(n, m, rnd):
        w.write('<edge source="n%d" target="n%d"><data key="w">%.3f</data></edge>\n' % (a, b, rnd.uniform(0, 1)))
    w.write("</graph>\n</graphml>\n")


SHAPES = {"nx": nx_shape, "yed": yed_shape, "gephi": gephi_shape, "attrs30": attrs30_shape}


def main(shape, n, m, out):
    rnd = random.Random(20261201)
    with open(out, "w", encoding="utf-8", buffering=1 << 20) as w:
        SHAPES[shape](int(n), int(m), rnd, w)


if __name__ == "__main__":
    main(*sys.argv[1:5])
